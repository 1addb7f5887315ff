/*
 * Live Markdown preview: a textarea with data-preview="<id>" shows, in the .prose element
 * of the section with that id, the text as it will look once posted, rendered and sanitized by the server
 * (POST /api/markdown/preview) a moment after typing stops. Without script, the forms'
 * Preview button does the same on request.
 */
document.addEventListener('DOMContentLoaded', function () {
    // the portal's context path; the attribute is left out when it is the root
    var api = (document.documentElement.getAttribute('data-context-path') || '') + '/api/markdown/preview';
    document.querySelectorAll('textarea[data-preview]').forEach(function (area) {
        var section = document.getElementById(area.getAttribute('data-preview'));
        var target = section && section.querySelector('.prose');
        if (!target) {
            return;
        }
        var timer = null;
        var latest = 0;
        function render() {
            var asked = ++latest;
            if (!area.value.trim()) {
                section.hidden = true;
                return;
            }
            fetch(api, {
                method: 'POST',
                // the header proves the call comes from the portal's own pages (CSRF rule of the API)
                headers: {'Content-Type': 'application/json', 'X-Requested-With': 'fetch'},
                body: JSON.stringify({markdown: area.value}),
                credentials: 'same-origin'
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (json) {
                if (json && asked === latest) { // an older answer never overwrites a newer one
                    target.innerHTML = json.html; // sanitized by the server's policy
                    section.hidden = false;
                }
            }).catch(function () { /* offline: the Preview button still works */ });
        }
        area.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(render, 400);
        });
    });
});

/*
 * Mention autocomplete: in a textarea with data-mentions, typing @ and two or more letters
 * (a name's first words, "@giulia ro")
 * asks GET /api/members?prefix=... (signed-in members only) and lists the members whose name
 * starts so; choosing one (click, or arrows and Enter/Tab) inserts their handle, e.g.
 * @giulia-rossi-12, which is what notifies them (see README, "Notifications"). Escape closes
 * the list. Names are inserted as text, never as markup. Without script, a handle typed by
 * hand works the same.
 */
document.addEventListener('DOMContentLoaded', function () {
    var api = (document.documentElement.getAttribute('data-context-path') || '') + '/api/members?prefix=';
    document.querySelectorAll('textarea[data-mentions]').forEach(function (area, n) {
        var list = document.createElement('ul');
        list.id = 'mention-list-' + n;
        list.className = 'mention-list';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Members to mention');
        list.hidden = true;
        area.parentNode.insertBefore(list, area.nextSibling);
        area.setAttribute('aria-autocomplete', 'list');
        area.setAttribute('aria-controls', list.id);
        var items = [];
        var active = -1;
        var latest = 0;
        var timer = null;

        function fragment() {
            var before = area.value.slice(0, area.selectionStart);
            // "@gi", "@Giulia Ro": up to four words of a name, the first of two or more characters
            var match = /(^|[\s(])@([^\s@]{2,40}(?: [^\s@]{1,40}){0,3})$/.exec(before);
            return match ? {text: match[2], start: before.length - match[2].length - 1} : null;
        }
        function close() {
            list.hidden = true;
            list.textContent = '';
            items = [];
            active = -1;
            area.removeAttribute('aria-activedescendant');
        }
        function highlight(i) {
            active = i;
            items.forEach(function (item, j) {
                item.li.setAttribute('aria-selected', j === i ? 'true' : 'false');
            });
            if (i >= 0) {
                area.setAttribute('aria-activedescendant', items[i].li.id);
            }
        }
        function choose(i) {
            var found = fragment();
            if (!found || !items[i]) {
                close();
                return;
            }
            var insert = '@' + items[i].member.handle + ' ';
            var end = area.selectionStart;
            area.value = area.value.slice(0, found.start) + insert + area.value.slice(end);
            var caret = found.start + insert.length;
            area.setSelectionRange(caret, caret);
            close();
            area.focus();
            area.dispatchEvent(new Event('input', {bubbles: true}));
        }
        function show(members) {
            close();
            members.forEach(function (member, i) {
                var li = document.createElement('li');
                li.id = list.id + '-' + i;
                li.setAttribute('role', 'option');
                li.textContent = member.displayName + (member.organisation ? ' (' + member.organisation + ')' : '');
                li.addEventListener('mousedown', function (event) {
                    event.preventDefault(); // keep the focus in the textarea
                    choose(i);
                });
                list.appendChild(li);
                items.push({li: li, member: member});
            });
            list.hidden = items.length === 0;
            highlight(items.length ? 0 : -1);
        }
        function lookup() {
            var found = fragment();
            if (!found) {
                close();
                return;
            }
            var asked = ++latest;
            fetch(api + encodeURIComponent(found.text), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (json) {
                    if (json && asked === latest) {
                        show(json.items || []);
                    }
                })
                .catch(function () { /* offline: type the handle by hand */ });
        }
        area.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(lookup, 250);
        });
        area.addEventListener('keydown', function (event) {
            if (list.hidden || !items.length) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                highlight((active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
            } else if (event.key === 'Enter' || event.key === 'Tab') {
                event.preventDefault();
                choose(active);
            } else if (event.key === 'Escape') {
                close();
            }
        });
        area.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
    });
});

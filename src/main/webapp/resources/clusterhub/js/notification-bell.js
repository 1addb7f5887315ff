/*
 * The header's notification count, kept current without a reload: every few seconds
 * (data-poll-seconds on the link; 30 in production) while the tab is visible, and at once
 * when it becomes visible again, ask GET /api/notifications/count (one primary-key read on
 * the server) and show the number. Loaded for signed-in members only. Without script the
 * count is the one of the last page load.
 */
document.addEventListener('DOMContentLoaded', function () {
    var link = document.getElementById('notifications-link');
    var badge = document.getElementById('notifications-count');
    if (!link || !badge) {
        return;
    }
    var url = link.getAttribute('data-count-url');
    var seconds = Math.max(1, parseInt(link.getAttribute('data-poll-seconds'), 10) || 30);
    function show(unread) {
        badge.textContent = String(unread);
        badge.hidden = unread === 0;
        link.setAttribute('aria-label', unread > 0 ? 'Notifications, ' + unread + ' unread' : 'Notifications');
    }
    function poll() {
        if (document.hidden) {
            return;
        }
        fetch(url, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (json) {
                if (json && typeof json.unread === 'number') {
                    show(json.unread);
                }
            })
            .catch(function () { /* offline: try again at the next tick */ });
    }
    setInterval(poll, seconds * 1000);
    document.addEventListener('visibilitychange', poll);
});

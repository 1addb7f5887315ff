/*
 * A link to /threads/{id}#post-{n} may point at a post on another page of the thread:
 * the fragment never reaches the server, so when the post is not on this page, ask the
 * server for the page that holds it (?post=n), keeping the fragment.
 */
document.addEventListener('DOMContentLoaded', function () {
    var match = /^#post-(\d+)$/.exec(window.location.hash);
    if (!match || document.getElementById('post-' + match[1])) {
        return;
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get('post') === match[1]) {
        return; // asked already: the post is gone
    }
    params.delete('page');
    params.set('post', match[1]);
    window.location.replace(window.location.pathname + '?' + params.toString() + window.location.hash);
});

package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * A visit of the thread page: it counts as a view (buffered by {@link ViewCounter}, so no
 * write per page view), a member's reading position moves up to the last post shown, and
 * ?unread sends a member on to the first post they have not read yet.
 */
@RequestScoped
public class ThreadVisit {

    @Inject
    private ThreadView view;

    @Inject
    private ThreadPaging paging;

    @Inject
    private ForumRepository forum;

    @Inject
    private CurrentAccount me;

    @Inject
    private ViewCounter views;

    @Inject
    private ReadingState reading;

    /** Counts the view and, for a member, remembers how far they have now read. */
    void record() {
        Account caller = me.getAccount();
        long threadId = view.getThread().getId();
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        views.viewed(threadId, caller != null ? "a" + caller.getId() : request.getRemoteAddr());
        if (caller != null) {
            List<Post> shown = paging.getPosts();
            if (!shown.isEmpty()) {
                int seen = shown.stream().mapToInt(Post::getPosition).max().orElse(0);
                reading.readUpTo(caller.getId(), threadId, seen);
            }
        }
    }

    /** ?unread: on to the first post the member has not read yet (or the last post); false when there is nothing to jump to. */
    boolean jumpToFirstUnread() {
        Account caller = me.getAccount();
        if (QueryParameter.text("unread") == null || caller == null) {
            return false;
        }
        ForumThread thread = view.getThread();
        long threadId = thread.getId();
        int lastRead = reading.lastRead(caller.getId(), List.of(threadId)).getOrDefault(threadId, 0);
        int target = Math.min(lastRead + 1, thread.getPostCount());
        return forum.postAt(threadId, target).map(p -> {
            HttpErrors.redirect("/threads/" + threadId + "?post=" + p.getId() + "#post-" + p.getId());
            return true;
        }).orElse(false);
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The buttons of a post on the thread page: accept as the solution, mark helpful, delete.
 * Each is shown when {@link ForumPermissions} allows it (see {@link ThreadPaging#getRows()})
 * and the service checks the same answer; a refusal (say, the thread was locked meanwhile)
 * is said on the page.
 */
@Named
@RequestScoped
public class PostActions {

    @Inject
    private ThreadView view;

    @Inject
    private PostService posts;

    @Inject
    private CurrentAccount me;

    public void accept(long postId) {
        act(() -> posts.accept(postId, me.require()), "Marked as the accepted solution.");
    }

    public void helpful(long postId) {
        act(() -> posts.helpful(postId, me.require()), null);
    }

    public void delete(long postId) {
        act(() -> posts.delete(postId, me.require()), "The post was deleted; its place in the thread stays.");
    }

    private void act(Runnable action, String done) {
        if (FacesMessages.attempt(action)) {
            view.reload();
            if (done != null) {
                FacesMessages.info(done);
            }
        }
    }
}

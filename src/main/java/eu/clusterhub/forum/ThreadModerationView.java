package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The moderators' bar of the thread page: lock or unlock, pin or unpin, move to another open
 * board. Shown when {@link ForumPermissions.InThread#mayModerate()} says so; the bar offers
 * the change that applies (Unlock on a locked thread), and {@link ThreadModeration} checks
 * the same permission.
 */
@Named
@RequestScoped
public class ThreadModerationView {

    @Inject
    private ThreadView view;

    @Inject
    private ThreadModeration moderation;

    @Inject
    private BoardRepository boards;

    @Inject
    private CurrentAccount me;

    private String moveTo;

    public void lock(boolean locked) {
        act(() -> moderation.lock(view.getThread().getId(), locked, me.require()),
                locked ? "The thread is locked." : "The thread is open again.");
    }

    public void pin(boolean pinned) {
        act(() -> moderation.pin(view.getThread().getId(), pinned, me.require()),
                pinned ? "The thread is pinned." : "The thread is unpinned.");
    }

    /** Open boards this thread can move to, as {@link ForumPermissions#mayMoveInto} allows. */
    public List<Board> getMoveTargets() {
        ForumPermissions may = ForumPermissions.of(me.getAccount());
        long current = view.getThread().getBoardId();
        return boards.listed().stream().filter(b -> b.getId() != current && may.mayMoveInto(b).isGranted()).toList();
    }

    public void move() {
        act(() -> moderation.move(view.getThread().getId(), moveTo, me.require()), "The thread was moved.");
    }

    private void act(Runnable action, String done) {
        if (FacesMessages.attempt(action)) {
            view.reload();
            FacesMessages.info(done);
        }
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }
}

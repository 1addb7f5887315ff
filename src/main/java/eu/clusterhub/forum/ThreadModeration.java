package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Moderators pin, lock and move threads (the full moderation tooling builds on this); see
 * {@link ForumPermissions#mayModerate()}.
 */
@ApplicationScoped
@Transactional
public class ThreadModeration {

    private static final Logger LOG = Logger.getLogger(ThreadModeration.class.getName());

    @Inject
    private ForumRepository repository;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private BoardRepository boards;

    @Inject
    private Event<StaffActionTaken> staffActions;

    public ForumThread lock(long threadId, boolean locked, Account caller) {
        return lock(threadId, locked, caller, null);
    }

    /** Locks or unlocks with the reason the moderator gave (the thread tools' close), which goes on the record. */
    public ForumThread lock(long threadId, boolean locked, Account caller, String reason) {
        return change(threadId, caller, t -> t.lock(locked), locked ? "locked" : "unlocked",
                locked ? ForumStaffActions.THREAD_LOCK : ForumStaffActions.THREAD_UNLOCK, t -> t.isLocked() ? "locked" : "open", reason);
    }

    public ForumThread pin(long threadId, boolean pinned, Account caller) {
        return change(threadId, caller, t -> t.pin(pinned), pinned ? "pinned" : "unpinned",
                pinned ? ForumStaffActions.THREAD_PIN : ForumStaffActions.THREAD_UNPIN, t -> t.isPinned() ? "pinned" : "not pinned", null);
    }

    /** Into another open board; its posts, links and feeds go with it. */
    public ForumThread move(long threadId, String boardSlug, Account caller) {
        ForumPermissions may = ForumPermissions.of(caller);
        may.mayModerate().check();
        Board target = boards.bySlug(boardSlug == null ? "" : boardSlug)
                .orElseThrow(() -> ValidationFailed.of("board", "No such board"));
        may.mayMoveInto(target).check();
        ForumThread moved = change(threadId, caller, t -> t.moveTo(target.getId()), "moved to " + target.getSlug(),
                ForumStaffActions.THREAD_MOVE, t -> "board " + boards.byId(t.getBoardId()).map(Board::getSlug).orElse("?"), null);
        searchOutbox.threadWithReplies(threadId); // the board is a search filter on every reply
        return moved;
    }

    /** The change, on the record when it changed the state that {@code state} describes. */
    private ForumThread change(long threadId, Account caller, Consumer<ForumThread> change, String what, String action,
                               Function<ForumThread, String> state, String reason) {
        ForumPermissions.of(caller).mayModerate().check();
        ForumThread thread = repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("No such thread"));
        String before = state.apply(thread);
        change.accept(thread);
        String after = state.apply(thread);
        if (!before.equals(after)) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), action, "thread", threadId).because(reason).change(before, after));
        }
        EventLog.info(LOG, "thread." + what.split(" ")[0], what + " id=" + threadId + " by=" + caller.getId());
        return thread;
    }
}

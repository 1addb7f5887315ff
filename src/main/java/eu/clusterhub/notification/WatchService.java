package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A member's watches: set a level for a thread, board or filter (one watch per target,
 * changed in place), remove one, list them. Starting or replying to a thread watches it,
 * unless the member chose a level for it before (a muted thread stays muted). Any signed-in
 * member may watch anything they can read; today every board and thread is public, so the
 * target only has to exist.
 */
@ApplicationScoped
@Transactional
public class WatchService {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public List<Watch> of(long accountId) {
        return em.createQuery("SELECT w FROM Watch w WHERE w.accountId = :a ORDER BY w.id", Watch.class)
                .setParameter("a", accountId).getResultList();
    }

    public Optional<Watch> find(long accountId, WatchTarget target) {
        return em.createQuery("SELECT w FROM Watch w WHERE w.accountId = :a AND w.targetKey = :k", Watch.class)
                .setParameter("a", accountId).setParameter("k", target.key()).getResultStream().findFirst();
    }

    /** The level the member follows a target at: their watch's, or NORMAL without one. */
    public WatchLevel levelOf(long accountId, WatchTarget target) {
        return find(accountId, target).map(Watch::getLevel).orElse(WatchLevel.NORMAL);
    }

    /** Sets the caller's level for the target, creating the watch if needed. */
    public Watch set(Account caller, WatchTarget target, WatchLevel level) {
        if (caller == null) {
            throw new NotAuthenticated();
        }
        if (!target.allows(level)) {
            throw ValidationFailed.of("level", "\"new-threads\" is a level for boards");
        }
        if (!exists(target)) {
            throw ValidationFailed.of("target.id", "No such " + target.type());
        }
        // one row per (account, target): lock the account's row for this target while deciding
        em.createNativeQuery("INSERT IGNORE INTO watch (account_id, target_type, target_id, filter, target_key, level,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, caller.getId()).setParameter(2, target.type()).setParameter(3, target.id())
                .setParameter(4, target.filter()).setParameter(5, target.key()).setParameter(6, level.code())
                .setParameter(7, NotificationEvents.now()).setParameter(8, NotificationEvents.now())
                .executeUpdate();
        Watch watch = find(caller.getId(), target).orElseThrow();
        em.refresh(watch);
        watch.changeLevel(level, NotificationEvents.now());
        return watch;
    }

    /** Removes one of the caller's watches; someone else's is "no such watch". */
    public void delete(Account caller, long watchId) {
        Watch watch = em.find(Watch.class, watchId);
        if (watch == null || caller == null || watch.getAccountId() != caller.getId()) {
            throw new NotFound("No such watch");
        }
        em.remove(watch);
    }

    /** Starting or replying to a thread watches it, unless its author chose a level for it before. */
    public void joined(long accountId, long threadId) {
        WatchTarget target = WatchTarget.thread(threadId);
        em.createNativeQuery("INSERT IGNORE INTO watch (account_id, target_type, target_id, target_key, level, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, target.type()).setParameter(3, threadId)
                .setParameter(4, target.key()).setParameter(5, WatchLevel.WATCHING.code())
                .setParameter(6, NotificationEvents.now()).setParameter(7, NotificationEvents.now())
                .executeUpdate();
    }

    /**
     * A thread was merged into another: its watches move there. A member who already has a
     * level for the target keeps that one (their watch of the merged thread goes).
     */
    public void threadMerged(long fromThreadId, long intoThreadId) {
        WatchTarget into = WatchTarget.thread(intoThreadId);
        em.createNativeQuery("UPDATE IGNORE watch SET target_id = ?, target_key = ?, updated_at = ?"
                        + " WHERE target_type = ? AND target_id = ?")
                .setParameter(1, intoThreadId).setParameter(2, into.key()).setParameter(3, NotificationEvents.now())
                .setParameter(4, WatchTarget.THREAD).setParameter(5, fromThreadId).executeUpdate();
        em.createNativeQuery("DELETE FROM watch WHERE target_type = ? AND target_id = ?")
                .setParameter(1, WatchTarget.THREAD).setParameter(2, fromThreadId).executeUpdate();
    }

    /** Posts were split off a thread into a new one: whoever followed the thread follows the new one at the same level. */
    public void threadSplit(long fromThreadId, long newThreadId) {
        WatchTarget split = WatchTarget.thread(newThreadId);
        em.createNativeQuery("INSERT IGNORE INTO watch (account_id, target_type, target_id, target_key, level, created_at,"
                        + " updated_at) SELECT account_id, target_type, ?, ?, level, ?, ? FROM watch"
                        + " WHERE target_type = ? AND target_id = ?")
                .setParameter(1, newThreadId).setParameter(2, split.key()).setParameter(3, NotificationEvents.now())
                .setParameter(4, NotificationEvents.now()).setParameter(5, WatchTarget.THREAD).setParameter(6, fromThreadId)
                .executeUpdate();
    }

    private boolean exists(WatchTarget target) {
        String table = switch (target.type()) {
            case WatchTarget.THREAD -> "forum_thread";
            case WatchTarget.BOARD -> "board";
            default -> null;
        };
        if (table == null) {
            return true; // a filter: what it will match need not exist yet
        }
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = ?").setParameter(1, target.id())
                .getResultList().isEmpty();
    }
}

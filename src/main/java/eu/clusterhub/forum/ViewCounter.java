package eu.clusterhub.forum;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts thread views without a database write per page view: views add up in memory and
 * are written every few seconds in one short transaction. A viewer (member, or address for
 * visitors) counts once per thread per hour, so reloads and crawlers do not inflate counts.
 * A crash loses at most the last few seconds of counts, which a view count can afford.
 */
@Singleton
@Startup
public class ViewCounter {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final RecentViewers recentViewers = new RecentViewers();

    /** Called on every view of a thread page; cheap, never touches the database. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void viewed(long threadId, String viewer) {
        if (recentViewers.firstViewInAWhile(viewer, threadId)) {
            pending.computeIfAbsent(threadId, id -> new LongAdder()).increment();
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @Lock(LockType.WRITE)
    public void flush() {
        for (Long threadId : pending.keySet()) {
            long views = pending.remove(threadId).sum();
            if (views > 0) {
                em.createNativeQuery("UPDATE forum_thread SET view_count = view_count + ? WHERE id = ?")
                        .setParameter(1, views).setParameter(2, threadId).executeUpdate();
            }
        }
    }

    @PreDestroy
    void lastFlush() {
        try {
            flush();
        } catch (RuntimeException e) {
            // shutting down with the database already gone: these few counts are lost
            java.util.logging.Logger.getLogger(ViewCounter.class.getName()).warning("View counts not written: " + e);
        }
    }
}

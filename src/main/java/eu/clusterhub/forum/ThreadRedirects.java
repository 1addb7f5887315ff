package eu.clusterhub.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Where a merged thread went: its page, API address and feed answer 301 to the thread that
 * took its posts (post links keep their ?post=, so they land on the moved post). Kept flat:
 * when a target is merged on, every redirect to it follows, so one lookup always ends on a
 * thread that exists.
 */
@ApplicationScoped
public class ThreadRedirects {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** The thread that took the posts of this merged thread, if it was merged. */
    public Optional<Long> target(long oldThreadId) {
        return em.createNativeQuery("SELECT new_thread_id FROM thread_redirect WHERE old_thread_id = ?")
                .setParameter(1, oldThreadId).getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The merged thread's redirect, and every older redirect to it moved on to the new target. */
    void merged(long oldThreadId, long newThreadId, long by, LocalDateTime at) {
        em.createNativeQuery("UPDATE thread_redirect SET new_thread_id = ? WHERE new_thread_id = ?")
                .setParameter(1, newThreadId).setParameter(2, oldThreadId).executeUpdate();
        em.createNativeQuery("INSERT INTO thread_redirect (old_thread_id, new_thread_id, merged_at, merged_by) VALUES (?, ?, ?, ?)")
                .setParameter(1, oldThreadId).setParameter(2, newThreadId).setParameter(3, at).setParameter(4, by)
                .executeUpdate();
    }
}

package eu.clusterhub.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Accounts whose address was never confirmed expire after {@link #EXPIRY}: erased like any
 * deleted account, hourly, and at once when someone registers with the same address (so
 * a mistyped or squatted address is free again).
 */
@Singleton
public class UnconfirmedAccounts {

    static final Duration EXPIRY = Duration.ofDays(7);
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private Erasure erasure;

    static LocalDateTime cutoff() {
        return Clock.now().minus(EXPIRY);
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    void expireAll() {
        List<Long> expired = em.createQuery("SELECT a.id FROM Account a WHERE a.emailVerifiedAt IS NULL "
                        + "AND a.status = :active AND a.createdAt < :cutoff ORDER BY a.id", Long.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("cutoff", cutoff())
                .setMaxResults(BATCH)
                .getResultList();
        expired.forEach(erasure::expireUnconfirmed);
    }
}

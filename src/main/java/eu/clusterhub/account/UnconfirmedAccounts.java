package eu.clusterhub.account;

import eu.clusterhub.platform.DatabaseReady;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts whose address was never confirmed expire after {@link #EXPIRY}: erased like any
 * deleted account, by a check every {@code clusterhub.accounts.expiry-check-seconds} (an
 * hour; the test servers check every few seconds, so that a test can wait for a run), and
 * at once when someone registers with the same address (so a mistyped or squatted address
 * is free again).
 */
@Singleton
public class UnconfirmedAccounts {

    static final Duration EXPIRY = Duration.ofDays(7);
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private Erasure erasure;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "clusterhub.accounts.expiry-check-seconds", defaultValue = "3600")
    private long checkSeconds;

    static LocalDateTime cutoff() {
        return Clock.now().minus(EXPIRY);
    }

    /** Once the schema is migrated: the check reads accounts. Not persistent: each start schedules it anew. */
    public void start(@Observes DatabaseReady ready) {
        long period = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    @Timeout
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

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the marketplace current, every {@code clusterhub.matchmaking.expiry-check-seconds}
 * (an hour; the test servers check every few seconds): needs still looking for offers whose
 * date has passed expire (covered ones stay covered), open or paused offers past their
 * validity close, and the owner of a listing whose date is at most
 * {@value ListingExpiryWork#REMIND_DAYS_BEFORE} days away gets one mail with a "still valid"
 * link ({@link StillValid}). Each step runs in small transactions of its own
 * ({@link ListingExpiryWork}); a node that runs the job at the same time as another
 * changes nothing twice.
 */
@Singleton
public class ListingExpiry {

    static final int BATCH = 100;
    /** A run stops after this many batches of a step; the next run goes on. */
    private static final int MAX_BATCHES = 50;
    private static final Logger LOG = Logger.getLogger(ListingExpiry.class.getName());

    @Inject
    private ListingExpiryWork work;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "clusterhub.matchmaking.expiry-check-seconds", defaultValue = "3600")
    private long checkSeconds;

    /** Once the schema is migrated. Not persistent: each start schedules it anew. */
    public void start(@Observes DatabaseReady ready) {
        long period = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    /** No transaction around the run: each step brings its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            int expired = repeat(batch -> work.expireNeeds(today, batch));
            int closed = repeat(batch -> work.closeOffers(today, batch));
            int reminded = remind(work.offersToRemind(today, BATCH), id -> work.remindOffer(id, today))
                    + remind(work.needsToRemind(today, BATCH), id -> work.remindNeed(id, today));
            if (expired + closed + reminded > 0) {
                EventLog.info(LOG, "listing.expiry.run", "needsExpired=" + expired + " offersClosed=" + closed
                        + " reminded=" + reminded);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a timer whose method throws might be retried at once or cancelled
            EventLog.warning(LOG, "listing.expiry.failed", "reason=\"" + e + "\"");
            LOG.log(Level.FINE, "listing expiry run failed", e);
        }
    }

    private static int repeat(IntFunction<ListingExpiryWork.Step> step) {
        int changed = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            ListingExpiryWork.Step done = step.apply(BATCH);
            changed += done.changed();
            if (done.seen() < BATCH || done.changed() == 0) {
                break;
            }
        }
        return changed;
    }

    /** One transaction per reminder: a mail that fails leaves the others sent and itself for the next run. */
    private static int remind(List<Long> ids, java.util.function.LongPredicate reminder) {
        int sent = 0;
        for (long id : ids) {
            try {
                if (reminder.test(id)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                EventLog.warning(LOG, "listing.reminder.failed", "id=" + id + " reason=\"" + e.getClass().getSimpleName() + "\"");
            }
        }
        return sent;
    }
}

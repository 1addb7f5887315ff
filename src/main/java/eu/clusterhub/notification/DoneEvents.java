package eu.clusterhub.notification;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes notification events some days after their fan-out: the outbox would otherwise grow
 * by one row per post, reply and announcement for ever. A fanned-out event is never read
 * again (its notifications carry what they show, and {@code notification_once} no longer
 * needs it: an event is fanned out once, then marked), so deleting it loses nothing; pending
 * events are never touched, however old. Runs at start and then every
 * {@code clusterhub.notifications.purge-interval-seconds}, in batches so no delete holds
 * locks for long.
 */
@ApplicationScoped
public class DoneEvents {

    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(DoneEvents.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.keep-events-days", defaultValue = "7")
    private int keepDays;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.purge-interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(3150) DatabaseReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::purgeQuietly, 10, Math.max(1, intervalSeconds), TimeUnit.SECONDS);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Purging fanned-out notification events failed; will retry", e);
        }
    }

    /** Deletes the events fanned out longer ago than the kept days; returns how many. */
    int purge() throws SQLException {
        Timestamp before = Timestamp.valueOf(NotificationEvents.now().minusDays(Math.max(1, keepDays)));
        int deleted = 0;
        int batch;
        do {
            try (Connection db = dataSource.getConnection();
                 PreparedStatement delete = db.prepareStatement("DELETE FROM notification_event WHERE fanned_out_at IS NOT NULL"
                         + " AND fanned_out_at < ? ORDER BY fanned_out_at LIMIT " + BATCH)) {
                delete.setTimestamp(1, before);
                batch = delete.executeUpdate();
                deleted += batch;
            }
        } while (batch == BATCH);
        if (deleted > 0) {
            LOG.info("event=notification.events-purged count=" + deleted);
        }
        return deleted;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

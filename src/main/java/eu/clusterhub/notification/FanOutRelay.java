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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Fans committed notification events out every 250 ms, after commit and off the request:
 * reads a batch of pending events (oldest first) and hands each to {@link FanOut}, one
 * transaction per event. Events stay pending until their fan-out commits, so a crash or a
 * failure only delays them to the next run (or the next start); an event that fails is
 * logged and tried again while the others go on.
 */
@ApplicationScoped
public class FanOutRelay {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(FanOutRelay.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private FanOut fanOut;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(3100) DatabaseReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, 250, TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Notification fan-out failed; will retry", e);
        }
    }

    /** Fans out pending events until none are left (or only failing ones); returns how many notifications were created. */
    synchronized int drain() throws SQLException {
        int created = 0;
        while (true) {
            List<Long> pending = pending();
            if (pending.isEmpty()) {
                return created;
            }
            int failed = 0;
            for (long id : pending) {
                try {
                    created += fanOut.fanOut(id);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Fan-out of notification event " + id + " failed; it stays pending", e);
                }
            }
            if (failed > 0 || pending.size() < BATCH) {
                return created; // failing events wait for the next run, not a busy loop
            }
        }
    }

    private List<Long> pending() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement q = db.prepareStatement("SELECT id FROM notification_event WHERE fanned_out_at IS NULL"
                     + " ORDER BY id LIMIT " + BATCH);
             ResultSet row = q.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.DatabaseReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the saved searches ({@link SavedSearches}) every {@link #EVERY_SECONDS} seconds, off any request. */
@ApplicationScoped
public class SavedSearchRelay {

    static final long EVERY_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(SavedSearchRelay.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private SavedSearches savedSearches;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(3200) DatabaseReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::runQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            savedSearches.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Saved searches failed; the next run looks at the same documents again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

package eu.clusterhub.search;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.rest.ApiException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An admin rebuilds the index from the database: every searchable text is queued in the
 * outbox and rebuilt in place by the relay, so searches keep being answered from the
 * existing documents all along; at the end, documents the rebuild did not build again
 * (texts gone from the database) are removed. One rebuild at a time.
 */
@ApplicationScoped
public class ReindexJobs {

    private static final Logger LOG = Logger.getLogger(ReindexJobs.class.getName());

    /** A rebuild's progress, as the admin page and the API show it. */
    public record Job(long id, String status, long queued, long done, long removed, Instant startedAt, Instant finishedAt) {
        public int percent() {
            return queued == 0 ? (finishedAt == null ? 0 : 100) : (int) Math.min(100, done * 100 / queued);
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private OutboxRelay relay;

    @Inject
    private SearchIndex index;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    public synchronized Job start(Account caller) {
        requireAdmin(caller);
        if (jobs.values().stream().anyMatch(j -> j.status().equals("running"))) {
            throw new ApiException(409, "Rebuild running", "A rebuild of the search index is already running");
        }
        Job job = new Job(ids.incrementAndGet(), "running", 0, 0, 0, Instant.now(), null);
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, caller.getId()));
        return job;
    }

    public Optional<Job> job(long id, Account caller) {
        requireAdmin(caller);
        return Optional.ofNullable(jobs.get(id));
    }

    /** The newest rebuild, for the admin page. */
    public Optional<Job> latest(Account caller) {
        requireAdmin(caller);
        return jobs.values().stream().max(java.util.Comparator.comparingLong(Job::id));
    }

    private void run(Job job, long by) {
        long startedMillis = System.currentTimeMillis();
        try {
            EventLog.info(LOG, "search.reindex.started", "job=" + job.id() + " by=" + by);
            int queued = relay.queueEverything();
            long lastRow = relay.lastRowId();
            update(job, "running", queued, 0, 0);
            long remaining;
            while ((remaining = relay.remainingUpTo(lastRow)) > 0) {
                update(job, "running", queued, Math.max(0, queued - remaining), 0);
                Thread.sleep(200);
            }
            int removed = index.purgeBuiltBefore(startedMillis);
            jobs.put(job.id(), new Job(job.id(), "finished", queued, queued, removed, job.startedAt(), Instant.now()));
            EventLog.info(LOG, "search.reindex.finished", "job=" + job.id() + " documents=" + queued + " removed=" + removed
                    + " tookMs=" + (System.currentTimeMillis() - startedMillis));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            Job now = jobs.get(job.id());
            jobs.put(job.id(), new Job(job.id(), "failed", now.queued(), now.done(), 0, job.startedAt(), Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void update(Job job, String status, long queued, long done, long removed) {
        jobs.put(job.id(), new Job(job.id(), status, queued, done, removed, job.startedAt(), null));
    }

    private static void requireAdmin(Account caller) {
        if (!caller.getRole().atLeast(Role.ADMIN)) {
            throw new Forbidden("Only admins rebuild the search index");
        }
    }
}

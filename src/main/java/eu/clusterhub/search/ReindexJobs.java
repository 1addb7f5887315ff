package eu.clusterhub.search;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
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
 * Rebuilds of the index ({@link IndexRebuild}) as jobs with progress: started by an admin,
 * or at start-up when the index is empty (first start, or its directory deleted). One
 * rebuild at a time.
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
    private IndexRebuild rebuild;

    @Inject
    private SearchIndex index;

    @Inject
    private Event<StaffActionTaken> staffActions;

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** After the relay has started: an empty index, or one of an older mapping, is built from the database. */
    void startIfNeeded(@Observes @Priority(3100) DatabaseReady ready) {
        // an index built with another mapping version was deleted when the index started
        if (index.documentCount() == 0) {
            submit("start-up with an empty index");
        }
    }

    public Job start(Account caller) {
        requireAdmin(caller);
        Job job = submit("admin " + caller.getId());
        // the job lives in memory, with no transaction: the audit log writes the entry in one of its own
        staffActions.fire(StaffActionTaken.of(caller.getId(), SearchStaffActions.REBUILD, "search-index", job.id())
                .change(index.documentCount() + " documents", "rebuild " + job.id() + " started"));
        return job;
    }

    private synchronized Job submit(String by) {
        if (jobs.values().stream().anyMatch(j -> j.status().equals("running"))) {
            throw new Conflict("Rebuild running", "A rebuild of the search index is already running");
        }
        Job job = new Job(ids.incrementAndGet(), "running", 0, 0, 0, Instant.now(), null);
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, by));
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

    private void run(Job job, String by) {
        long startedMillis = System.currentTimeMillis();
        try {
            long total = rebuild.total();
            EventLog.info(LOG, "search.reindex.started", "job=" + job.id() + " by=\"" + by + "\" texts=" + total);
            update(job, total, 0);
            IndexRebuild.Outcome outcome = rebuild.run(done -> update(job, Math.max(total, done), done));
            index.markBuiltWithCurrentMapping();
            jobs.put(job.id(), new Job(job.id(), "finished", outcome.written(), outcome.written(), outcome.removed(),
                    job.startedAt(), Instant.now()));
            EventLog.info(LOG, "search.reindex.finished", "job=" + job.id() + " documents=" + outcome.written()
                    + " removed=" + outcome.removed() + " tookMs=" + (System.currentTimeMillis() - startedMillis)
                    + " writingMs=" + outcome.writingMillis() + " mergingMs=" + outcome.mergingMillis());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            Job now = jobs.get(job.id());
            jobs.put(job.id(), new Job(job.id(), "failed", now.queued(), now.done(), 0, job.startedAt(), Instant.now()));
        }
    }

    private void update(Job job, long queued, long done) {
        jobs.put(job.id(), new Job(job.id(), "running", queued, done, 0, job.startedAt(), null));
    }

    private static void requireAdmin(Account caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("Only admins rebuild the search index");
        }
    }
}

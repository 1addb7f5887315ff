package eu.clusterhub.search;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the search outbox to the index every 200 ms: reads a batch of rows, reads the
 * current state of what they name from the database, writes it to the index (or removes
 * what is gone), and deletes exactly the rows it applied. Rows a crash left behind are
 * simply applied at the next start; applying a row twice is harmless. A new or edited post
 * is thus searchable well within a second of its commit.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private SearchIndex index;

    private ScheduledFuture<?> task;

    /** After the index and the content import: rows a crash left behind are applied first. */
    void start(@Observes @Priority(3000) DatabaseReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, 200, TimeUnit.MILLISECONDS);
    }

    /** Something that reads the database and writes to the index. */
    interface IndexWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} while no outbox batch is being applied (a rebuild's slice: see {@link IndexRebuild}). */
    synchronized <T> T holdingOff(IndexWork<T> work) throws SQLException {
        return work.run();
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException | SQLException e) {
            // the rows stay: the next run tries again
            LOG.log(Level.WARNING, "Search index update failed; will retry", e);
        }
    }

    /** Applies rows until the outbox is empty; returns how many rows were applied. */
    synchronized int drain() throws SQLException {
        int applied = 0;
        try (Connection db = dataSource.getConnection()) {
            while (true) {
                Batch batch = read(db);
                if (batch.rowIds.isEmpty()) {
                    return applied;
                }
                List<TextDocument> documents = new ArrayList<>();
                documents.addAll(TextDocuments.posts(db, batch.posts));
                documents.addAll(TextDocuments.threads(db, batch.threads));
                documents.addAll(TextDocuments.announcements(db, batch.announcements));
                documents.addAll(TextDocuments.offers(db, batch.offers));
                documents.addAll(TextDocuments.needs(db, batch.needs));
                Set<String> gone = new LinkedHashSet<>(batch.keys());
                documents.forEach(d -> gone.remove(d.getKey()));
                index.apply(documents, gone);
                delete(db, batch.rowIds);
                applied += batch.rowIds.size();
            }
        }
    }

    private record Batch(List<Long> rowIds, Set<Long> posts, Set<Long> threads, Set<Long> announcements, Set<Long> offers,
                         Set<Long> needs) {
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            posts.forEach(id -> keys.add(TextDocument.key("post", id)));
            threads.forEach(id -> keys.add(TextDocument.key("thread", id)));
            announcements.forEach(id -> keys.add(TextDocument.key("announcement", id)));
            offers.forEach(id -> keys.add(TextDocument.key("offer", id)));
            needs.forEach(id -> keys.add(TextDocument.key("need", id)));
            return keys;
        }
    }

    private static Batch read(Connection db) throws SQLException {
        Batch batch = new Batch(new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>());
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, entity_kind, entity_id FROM search_outbox ORDER BY id LIMIT " + BATCH);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                batch.rowIds.add(row.getLong(1));
                long id = row.getLong(3);
                switch (row.getString(2)) {
                    case "post" -> batch.posts.add(id);
                    case "thread" -> batch.threads.add(id);
                    case "announcement" -> batch.announcements.add(id);
                    case "offer" -> batch.offers.add(id);
                    case "need" -> batch.needs.add(id);
                    default -> LOG.warning("Unknown search outbox kind " + row.getString(2) + "; row dropped");
                }
            }
        }
        return batch;
    }

    private static void delete(Connection db, List<Long> rowIds) throws SQLException {
        Selection rows = Selection.ids("id", rowIds);
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM search_outbox WHERE " + rows.sql())) {
            rows.bind(delete);
            delete.executeUpdate();
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

package eu.clusterhub.search;

import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Rebuilds the index in place from the database: each kind of text is read in id order a
 * slice at a time and written while the next slice is read, committed once at the end;
 * then the documents not built again (texts gone from the database) are removed. Searches
 * keep being answered from the existing documents all along. The index is merged into one
 * segment at the end (about 20 s at a million posts).
 *
 * <p>A slice is read and handed to the index while the outbox relay is held off, so an edit
 * committed meanwhile reaches the index after the rebuild's older copy of that text, never
 * before it.
 */
@ApplicationScoped
class IndexRebuild {

    static final int SLICE = 1000;
    /** Slices written but not yet applied by the index: enough to keep both sides busy. */
    private static final int IN_FLIGHT = 3;

    private interface Reader {
        List<TextDocument> read(Connection db, Selection selection) throws SQLException;
    }

    private record Kind(String countSql, String idColumn, Reader reader) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("SELECT COUNT(*) FROM forum_thread WHERE moderation = 'VISIBLE'", "t.id", TextDocuments::threads),
            new Kind("SELECT COUNT(*) FROM post WHERE position > 1 AND deleted_at IS NULL AND moderation = 'VISIBLE'", "p.id", TextDocuments::posts),
            new Kind("SELECT COUNT(*) FROM announcement WHERE status = 'PUBLISHED'", "id", TextDocuments::announcements),
            new Kind("SELECT COUNT(*) FROM offer WHERE status <> 'CLOSED' AND moderation = 'VISIBLE'", "l.id", TextDocuments::offers),
            new Kind("SELECT COUNT(*) FROM need WHERE status NOT IN ('CLOSED', 'EXPIRED') AND moderation = 'VISIBLE'", "l.id", TextDocuments::needs));

    /** What a finished rebuild did, and how long its writing and its final merge took. */
    record Outcome(long written, int removed, long writingMillis, long mergingMillis) {
    }

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private OutboxRelay relay;

    @Inject
    private SearchIndex index;

    /** How many texts a rebuild will write, for its progress. */
    long total() throws SQLException {
        long total = 0;
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            for (Kind kind : KINDS) {
                try (ResultSet row = sql.executeQuery(kind.countSql())) {
                    row.next();
                    total += row.getLong(1);
                }
            }
        }
        return total;
    }

    /** Rebuilds everything; {@code progress} hears the number of texts written so far. */
    Outcome run(LongConsumer progress) throws SQLException {
        long startedMillis = System.currentTimeMillis();
        Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
        long written = 0;
        try (Connection db = dataSource.getConnection()) {
            for (Kind kind : KINDS) {
                long after = 0;
                List<TextDocument> slice;
                do {
                    Selection next = Selection.after(kind.idColumn(), after, SLICE);
                    slice = relay.holdingOff(() -> {
                        List<TextDocument> read = kind.reader().read(db, next);
                        inFlight.add(index.write(read));
                        return read;
                    });
                    if (!slice.isEmpty()) {
                        after = slice.get(slice.size() - 1).getEntityId();
                    }
                    while (inFlight.size() > IN_FLIGHT) {
                        inFlight.removeFirst().join();
                    }
                    written += slice.size();
                    progress.accept(written);
                } while (slice.size() == SLICE);
            }
        }
        inFlight.forEach(CompletableFuture::join);
        index.commit();
        int removed = index.purgeBuiltBefore(startedMillis);
        long mergingFromMillis = System.currentTimeMillis();
        index.compact();
        index.commit();
        long finishedMillis = System.currentTimeMillis();
        return new Outcome(written, removed, mergingFromMillis - startedMillis, finishedMillis - mergingFromMillis);
    }
}

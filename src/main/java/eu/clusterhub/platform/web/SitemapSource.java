package eu.clusterhub.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A feature's public URLs for the sitemap. A feature with pages worth finding implements it
 * as a CDI bean next to its code (e.g. {@code forum.ThreadSitemap}); {@link SitemapServlet}
 * finds every implementation through CDI, so a new feature needs no change in platform.
 * <p>
 * Each URL has a key, the positive id of its row, and one key is one URL. Sitemap file
 * {@code n} of a source holds the URLs with keys in {@code ((n-1)·k, n·k]}, k being the
 * keys per file ({@link Sitemap#MAX_URLS_PER_FILE}): so no file can pass the protocol's
 * limit, a URL stays in the same file as content grows, and reading a file is a range of
 * the primary key rather than a query that skips rows by offset. A range whose rows are all
 * gone is no file at all.
 */
public interface SitemapSource {

    /** Lower-case letters only, unique: the files are /sitemaps/{name}-{n}.xml. */
    String name();

    /** The files that have URLs now, by number, with the newest modification among their URLs. */
    List<Chunk> chunks(int keysPerFile);

    /** At most {@code limit} URLs with keys in (after, upTo], in key order: one page of a keyset walk. */
    List<Url> urls(long after, long upTo, int limit);

    /** @param path the URL without the base, e.g. /threads/17 */
    record Url(long key, String path, Instant lastModified) {
    }

    record Chunk(long number, Instant lastModified) {
    }

    /** Rows of (file number, newest modification), as a source's chunks query selects them. */
    static List<Chunk> chunksOf(List<?> rows) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Chunk(((Number) row[0]).longValue(), utc(row[1]))).toList();
    }

    /** Rows of (key, last segment of the path, modification), e.g. (17, "funding", ...) under "/boards/". */
    static List<Url> urlsOf(List<?> rows, String pathPrefix) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Url(((Number) row[0]).longValue(), pathPrefix + row[1], utc(row[2]))).toList();
    }

    /** A DATETIME column as written by the portal (UTC), as the JDBC driver hands it over; null stays null. */
    static Instant utc(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        if (column == null) {
            return null;
        }
        throw new IllegalArgumentException("not a date-time column: " + column.getClass().getName());
    }
}

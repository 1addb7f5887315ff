package eu.clusterhub.forum;

import eu.clusterhub.platform.web.SitemapSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Every board in the sitemap, archived ones too: they stay readable with all their threads,
 * which are the forum's knowledge (there is no hidden board). A board's page changes with
 * its threads, so it is dated by its newest thread activity or its own last change,
 * whichever is later.
 */
@ApplicationScoped
public class BoardSitemap implements SitemapSource {

    /**
     * A board's newest activity: one seek per pinned state in forum_thread_board_activity
     * (board_id, pinned, last_activity_at), rather than a walk over all its threads.
     */
    private static final String LAST_MODIFIED = "GREATEST(b.updated_at,"
            + " COALESCE((SELECT MAX(t.last_activity_at) FROM forum_thread t WHERE t.board_id = b.id AND t.pinned = FALSE), b.updated_at),"
            + " COALESCE((SELECT MAX(t.last_activity_at) FROM forum_thread t WHERE t.board_id = b.id AND t.pinned = TRUE), b.updated_at))";

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Override
    public String name() {
        return "boards";
    }

    @Override
    public List<Chunk> chunks(int keysPerFile) {
        List<?> rows = em.createNativeQuery("SELECT (b.id - 1) DIV ? + 1 AS part, MAX(" + LAST_MODIFIED + ") FROM board b"
                        + " GROUP BY part ORDER BY part")
                .setParameter(1, keysPerFile)
                .getResultList();
        return SitemapSource.chunksOf(rows);
    }

    @Override
    public List<Url> urls(long after, long upTo, int limit) {
        List<?> rows = em.createNativeQuery("SELECT b.id, b.slug, " + LAST_MODIFIED + " FROM board b"
                        + " WHERE b.id > ? AND b.id <= ? ORDER BY b.id LIMIT ?")
                .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit)
                .getResultList();
        return SitemapSource.urlsOf(rows, "/boards/");
    }
}

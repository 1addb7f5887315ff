package eu.clusterhub.forum;

import eu.clusterhub.platform.web.SitemapSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Every thread in the sitemap (anyone may read every thread, on archived boards too),
 * dated by its last activity, the newest post. The chunks are counted from an index that
 * holds both id and last_activity_at (forum_thread_board_activity), without touching the
 * rows; a file's rows are a range of the primary key, whose rows are small (no post text).
 */
@ApplicationScoped
public class ThreadSitemap implements SitemapSource {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public List<Chunk> chunks(int keysPerFile) {
        List<?> rows = em.createNativeQuery("SELECT (id - 1) DIV ? + 1 AS part, MAX(last_activity_at) FROM forum_thread"
                        + " GROUP BY part ORDER BY part")
                .setParameter(1, keysPerFile)
                .getResultList();
        return SitemapSource.chunksOf(rows);
    }

    @Override
    public List<Url> urls(long after, long upTo, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, id, last_activity_at FROM forum_thread"
                        + " WHERE moderation = 'VISIBLE'"
                        + " AND id > ? AND id <= ? ORDER BY id LIMIT ?")
                .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit)
                .getResultList();
        return SitemapSource.urlsOf(rows, "/threads/");
    }
}

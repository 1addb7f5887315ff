package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.SitemapSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Offers and needs in the sitemap, each dated by its last change: anyone may read them,
 * closed ones too (their threads and pledges stay). A file's rows are a range of the
 * primary key.
 */
abstract class ListingSitemaps implements SitemapSource {

    @PersistenceContext(unitName = "clusterhub")
    EntityManager em;

    /** The table, which is also the path's first segment in the plural. */
    abstract String table();

    @Override
    public String name() {
        return table() + "s";
    }

    @Override
    public List<Chunk> chunks(int keysPerFile) {
        return SitemapSource.chunksOf(em.createNativeQuery("SELECT (id - 1) DIV ? + 1 AS part, MAX(updated_at) FROM " + table()
                + " GROUP BY part ORDER BY part").setParameter(1, keysPerFile).getResultList());
    }

    @Override
    public List<Url> urls(long after, long upTo, int limit) {
        return SitemapSource.urlsOf(em.createNativeQuery("SELECT id, id, updated_at FROM " + table()
                        + " WHERE moderation = 'VISIBLE' AND id > ? AND id <= ? ORDER BY id LIMIT ?")
                .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit).getResultList(), "/" + table() + "s/");
    }

    @ApplicationScoped
    static class Offers extends ListingSitemaps {
        @Override
        String table() {
            return "offer";
        }
    }

    @ApplicationScoped
    static class Needs extends ListingSitemaps {
        @Override
        String table() {
            return "need";
        }
    }
}

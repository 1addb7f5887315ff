package eu.clusterhub.announcement;

import eu.clusterhub.platform.web.SitemapSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Published announcements in the sitemap, dated by their last change. Drafts are for
 * moderators, and archived ones, though still readable at their address, have left the list
 * and the feed: neither is offered to search engines. Columns only, no entities (a file is
 * up to 50,000 rows): the chunks come from the index (status, updated_at), which holds the
 * id too; a file's rows are a range of the primary key.
 */
@ApplicationScoped
public class AnnouncementSitemap implements SitemapSource {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Override
    public String name() {
        return "announcements";
    }

    @Override
    public List<Chunk> chunks(int keysPerFile) {
        List<?> rows = em.createNativeQuery("SELECT (id - 1) DIV ? + 1 AS part, MAX(updated_at) FROM announcement"
                        + " WHERE status = ? GROUP BY part ORDER BY part")
                .setParameter(1, keysPerFile).setParameter(2, AnnouncementStatus.PUBLISHED.name())
                .getResultList();
        return SitemapSource.chunksOf(rows);
    }

    @Override
    public List<Url> urls(long after, long upTo, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, slug, updated_at FROM announcement"
                        + " WHERE status = ? AND id > ? AND id <= ? ORDER BY id LIMIT ?")
                .setParameter(1, AnnouncementStatus.PUBLISHED.name()).setParameter(2, after).setParameter(3, upTo)
                .setParameter(4, limit)
                .getResultList();
        return SitemapSource.urlsOf(rows, "/announcements/");
    }
}

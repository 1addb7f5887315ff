package eu.clusterhub.announcement;

import eu.clusterhub.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Announcements, their topics and revisions as the rest of the application sees them; hides JPA. */
@ApplicationScoped
public class AnnouncementRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public Optional<Announcement> byId(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    /** For writes: the row is locked until the transaction ends, so changes queue up. */
    Optional<Announcement> forUpdate(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Announcement> bySlug(String slug) {
        return em.createQuery("SELECT a FROM Announcement a WHERE a.slug = :slug", Announcement.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public boolean slugTaken(String slug) {
        return !em.createQuery("SELECT a.id FROM Announcement a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    /** One page, pinned first, then by effective date, newest first. */
    public ResultPage<Announcement> find(AnnouncementQuery query) {
        Map<String, Object> params = new HashMap<>();
        String from = " FROM Announcement a" + (query.topic() == null ? "" : " JOIN a.topics t") + where(query, params);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + from, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<Announcement> items = List.of();
        if (total > query.offset()) {
            TypedQuery<Announcement> select = em.createQuery("SELECT a" + from
                    + " ORDER BY a.pinned DESC, a.effectiveDate DESC, a.id DESC", Announcement.class);
            params.forEach(select::setParameter);
            items = batched(select).setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        }
        return new ResultPage<>(total, items, query.page(), query.size());
    }

    private static String where(AnnouncementQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE a.status = :status");
        params.put("status", query.status());
        if (query.topic() != null) {
            where.append(" AND t.slug = :topic");
            params.put("topic", query.topic());
        }
        if (query.source() != null) {
            where.append(" AND a.sourceType = :source");
            params.put("source", query.source());
        }
        if (query.country() != null) {
            where.append(" AND a.country = :country");
            params.put("country", query.country());
        }
        if (query.from() != null) {
            where.append(" AND a.effectiveDate >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND a.effectiveDate <= :to");
            params.put("to", query.to());
        }
        return where.toString();
    }

    /** Published announcements on a topic of this one or from its country, newest first. */
    public List<Announcement> related(Announcement announcement, int limit) {
        List<Long> topicIds = announcement.getTopics().stream().map(Topic::getId).toList();
        String country = announcement.getCountry();
        if (topicIds.isEmpty() && country == null) {
            return List.of();
        }
        String match = (topicIds.isEmpty() ? "" : "t.id IN :topics")
                + (topicIds.isEmpty() || country == null ? "" : " OR ")
                + (country == null ? "" : "a.country = :country");
        TypedQuery<Announcement> query = em.createQuery("SELECT DISTINCT a FROM Announcement a LEFT JOIN a.topics t"
                + " WHERE a.status = :status AND a.id <> :id AND (" + match + ")"
                + " ORDER BY a.effectiveDate DESC, a.id DESC", Announcement.class)
                .setParameter("status", AnnouncementStatus.PUBLISHED)
                .setParameter("id", announcement.getId());
        if (!topicIds.isEmpty()) {
            query.setParameter("topics", topicIds);
        }
        if (country != null) {
            query.setParameter("country", country);
        }
        return batched(query).setMaxResults(limit).getResultList();
    }

    /** Topics and links of all rows in one query each (EclipseLink batch fetch), not one per row. */
    private static <T> TypedQuery<T> batched(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.topics")
                .setHint("eclipselink.batch", "a.links");
    }

    public List<Topic> topics() {
        return em.createQuery("SELECT t FROM Topic t ORDER BY t.position, t.name", Topic.class).getResultList();
    }

    public Optional<Topic> topic(String slug) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug", Topic.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<AnnouncementRevision> revisions(long announcementId) {
        return em.createQuery("SELECT r FROM AnnouncementRevision r WHERE r.announcementId = :id ORDER BY r.number DESC",
                AnnouncementRevision.class).setParameter("id", announcementId).getResultList();
    }

    public Optional<AnnouncementRevision> revision(long announcementId, int number) {
        return em.createQuery("SELECT r FROM AnnouncementRevision r WHERE r.announcementId = :id AND r.number = :n",
                AnnouncementRevision.class).setParameter("id", announcementId).setParameter("n", number)
                .getResultStream().findFirst();
    }

    int lastRevisionNumber(long announcementId) {
        Integer max = em.createQuery("SELECT MAX(r.number) FROM AnnouncementRevision r WHERE r.announcementId = :id",
                Integer.class).setParameter("id", announcementId).getSingleResult();
        return max == null ? 0 : max;
    }

    void add(Announcement announcement) {
        em.persist(announcement);
        em.flush(); // the id is needed for the first revision
    }

    void add(AnnouncementRevision revision) {
        em.persist(revision);
    }

    public void add(Topic topic) {
        em.persist(topic);
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Offers, needs and their revisions as the rest of matchmaking sees them; hides JPA. */
@ApplicationScoped
public class ListingRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** What a list of offers or needs is filtered by; null fields do not filter. */
    public record Filter(Collection<Long> categoryIds, String country, Long certificationId, Collection<?> statuses) {
    }

    public Optional<Offer> offer(long id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    public Optional<Need> need(long id) {
        return Optional.ofNullable(em.find(Need.class, id));
    }

    /** The need, locked until the transaction ends: pledges add up exactly however many arrive at once. */
    public Optional<Need> needForUpdate(long id) {
        return Optional.ofNullable(em.find(Need.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Offer> offerByThread(long threadId) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.threadId = :t", Offer.class).setParameter("t", threadId)
                .getResultStream().findFirst();
    }

    public Optional<Need> needByThread(long threadId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.threadId = :t", Need.class).setParameter("t", threadId)
                .getResultStream().findFirst();
    }

    void add(Offer offer) {
        em.persist(offer);
        em.flush();
    }

    void add(Need need) {
        em.persist(need);
        em.flush();
    }

    void add(ListingRevision revision) {
        em.persist(revision);
    }

    public List<ListingRevision> revisions(String kind, long listingId) {
        return em.createQuery("SELECT r FROM ListingRevision r WHERE r.listingKind = :k AND r.listingId = :id ORDER BY r.version DESC",
                ListingRevision.class).setParameter("k", kind).setParameter("id", listingId).getResultList();
    }

    public ResultPage<Offer> offers(Filter filter, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters, "o", true);
        return page(Offer.class, "SELECT o FROM Offer o" + where + " ORDER BY o.createdAt DESC, o.id DESC",
                "SELECT COUNT(o) FROM Offer o" + where, parameters, page, size);
    }

    public ResultPage<Need> needs(Filter filter, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters, "n", false);
        return page(Need.class, "SELECT n FROM Need n" + where + " ORDER BY n.createdAt DESC, n.id DESC",
                "SELECT COUNT(n) FROM Need n" + where, parameters, page, size);
    }

    /** Offers and needs of one owner, newest first, for their page. */
    public List<Offer> offersOf(long ownerId) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.ownerId = :o ORDER BY o.createdAt DESC", Offer.class)
                .setParameter("o", ownerId).getResultList();
    }

    public List<Need> needsOf(long ownerId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.ownerId = :o ORDER BY n.createdAt DESC", Need.class)
                .setParameter("o", ownerId).getResultList();
    }

    public List<Offer> offers(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT o FROM Offer o WHERE o.id IN :ids", Offer.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Need> needs(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT n FROM Need n WHERE n.id IN :ids", Need.class)
                .setParameter("ids", ids).getResultList();
    }

    private static String where(Filter filter, Map<String, Object> parameters, String alias, boolean offer) {
        List<String> conditions = new ArrayList<>();
        // lists show what is neither hidden nor awaiting approval
        conditions.add(alias + ".moderation = eu.clusterhub.platform.ModerationState.VISIBLE");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            conditions.add(alias + ".status IN :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.categoryIds() != null) {
            conditions.add(alias + ".categoryId IN :categories");
            parameters.put("categories", filter.categoryIds());
        }
        if (filter.country() != null) {
            conditions.add(offer ? "(o.allCountries = TRUE OR :country MEMBER OF o.countries)" : "n.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.certificationId() != null) {
            conditions.add(":certification MEMBER OF " + alias + ".certificationIds");
            parameters.put("certification", filter.certificationId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <T> ResultPage<T> page(Class<T> type, String select, String count, Map<String, Object> parameters, int page, int size) {
        TypedQuery<T> items = em.createQuery(select, type);
        TypedQuery<Long> total = em.createQuery(count, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<T> found = items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ResultPage<>(total.getSingleResult(), found, page, size);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

package eu.clusterhub.matchmaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The overview's sums, straight from the database as GROUP BY queries on indexed columns:
 * needs by (status, category_id, country, needed_by), offers by (status, category_id,
 * valid_until) and offer_country by (country, offer_id). No entity is loaded for a sum;
 * the few categories come from the {@link Catalogue}.
 */
@ApplicationScoped
public class OverviewRepository {

    /** Needs that still look for offers ({@link NeedStatus#ACTIVE}), as stored. */
    private static final String ACTIVE = NeedStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", ", "(", ")"));
    private static final String OPEN_OFFER = "'" + OfferStatus.OPEN.name() + "'";

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** The overview's filter: category ids (a category and its descendants) or null, a country code or null. */
    record Scope(Collection<Long> categoryIds, String country) {
    }

    /** A need still to be covered, for the list of the oldest ones. */
    record UnmetNeed(long id, String title, long categoryId, String country, long remaining, Unit unit, LocalDate neededBy) {
    }

    /** One active need as the export writes it. */
    record ExportedNeed(long id, String title, String category, String country, String region, long quantity, long pledged,
                        String unit, LocalDate neededBy, String status, String organisation) {
    }

    List<OverviewFigures.NeedSum> openNeed(Scope scope, LocalDate today) {
        Query query = em.createNativeQuery("SELECT n.category_id, n.country, n.unit, SUM(GREATEST(n.quantity - n.pledged, 0)), COUNT(*)"
                + " FROM need n WHERE n.moderation = 'VISIBLE' AND n.status IN " + ACTIVE + " AND n.needed_by >= ?1" + needScope(scope, "n")
                + " GROUP BY n.category_id, n.country, n.unit");
        bind(query, scope, today);
        List<OverviewFigures.NeedSum> sums = new ArrayList<>();
        for (Object[] row : rows(query)) {
            sums.add(new OverviewFigures.NeedSum(number(row[0]), (String) row[1], unit(row[2]), number(row[3]), number(row[4])));
        }
        return sums;
    }

    /** Capacity of offers that name their countries, per category, served country and unit (an offer once per country). */
    List<OverviewFigures.CapacitySum> capacityByCountry(Scope scope, LocalDate today) {
        Query query = em.createNativeQuery("SELECT o.category_id, oc.country, o.unit, SUM(o.capacity_per_week), COUNT(*)"
                + " FROM offer o JOIN offer_country oc ON oc.offer_id = o.id"
                + " WHERE o.moderation = 'VISIBLE' AND o.status = " + OPEN_OFFER + " AND o.valid_until >= ?1 AND o.all_countries = FALSE"
                + categories(scope, "o") + (scope.country() == null ? "" : " AND oc.country = ?2")
                + " GROUP BY o.category_id, oc.country, o.unit");
        bind(query, scope, today);
        List<OverviewFigures.CapacitySum> sums = new ArrayList<>();
        for (Object[] row : rows(query)) {
            sums.add(new OverviewFigures.CapacitySum(number(row[0]), (String) row[1], unit(row[2]), number(row[3]), number(row[4])));
        }
        return sums;
    }

    /** Capacity of distinct offers per category and unit: those for every EU/EEA country, and those naming countries. */
    record Capacity(List<OverviewFigures.CapacitySum> everywhere, List<OverviewFigures.CapacitySum> named) {
    }

    /**
     * Capacity of distinct offers per category and unit, country left out, in one pass over
     * the open offers: those for every EU/EEA country and those naming countries apart. With
     * a country in the scope, only offers serving it.
     */
    Capacity capacity(Scope scope, LocalDate today) {
        String served = scope.country() == null ? ""
                : " AND (o.all_countries = TRUE OR EXISTS (SELECT 1 FROM offer_country oc WHERE oc.offer_id = o.id AND oc.country = ?2))";
        Query query = em.createNativeQuery("SELECT o.category_id, o.unit, o.all_countries, SUM(o.capacity_per_week), COUNT(*) FROM offer o"
                + " WHERE o.moderation = 'VISIBLE' AND o.status = " + OPEN_OFFER + " AND o.valid_until >= ?1" + categories(scope, "o") + served
                + " GROUP BY o.category_id, o.unit, o.all_countries");
        bind(query, scope, today);
        List<OverviewFigures.CapacitySum> everywhere = new ArrayList<>();
        List<OverviewFigures.CapacitySum> named = new ArrayList<>();
        for (Object[] row : rows(query)) {
            OverviewFigures.CapacitySum sum = new OverviewFigures.CapacitySum(number(row[0]), null, unit(row[1]), number(row[3]),
                    number(row[4]));
            (flag(row[2]) ? everywhere : named).add(sum);
        }
        return new Capacity(everywhere, named);
    }

    /** The active needs still short of their quantity that were published first. */
    List<UnmetNeed> oldestUnmet(Scope scope, LocalDate today, int limit) {
        Query query = em.createNativeQuery("SELECT n.id, n.title, n.category_id, n.country, n.quantity - n.pledged, n.unit, n.needed_by"
                + " FROM need n WHERE n.moderation = 'VISIBLE' AND n.status IN " + ACTIVE + " AND n.needed_by >= ?1 AND n.quantity > n.pledged"
                + needScope(scope, "n") + " ORDER BY n.created_at, n.id");
        bind(query, scope, today);
        query.setMaxResults(limit);
        List<UnmetNeed> needs = new ArrayList<>();
        for (Object[] row : rows(query)) {
            needs.add(new UnmetNeed(number(row[0]), (String) row[1], number(row[2]), (String) row[3], number(row[4]), unit(row[5]),
                    date(row[6])));
        }
        return needs;
    }

    /** Every active need of the scope, oldest id first, with its organisation's name. */
    List<ExportedNeed> activeNeeds(Scope scope, LocalDate today) {
        Query query = em.createNativeQuery("SELECT n.id, n.title, c.slug, n.country, n.region, n.quantity, n.pledged, n.unit,"
                + " n.needed_by, n.status, org.name FROM need n JOIN product_category c ON c.id = n.category_id"
                + " LEFT JOIN organisation org ON org.id = n.organisation_id"
                + " WHERE n.moderation = 'VISIBLE' AND n.status IN " + ACTIVE + " AND n.needed_by >= ?1" + needScope(scope, "n") + " ORDER BY n.id");
        bind(query, scope, today);
        List<ExportedNeed> needs = new ArrayList<>();
        for (Object[] row : rows(query)) {
            needs.add(new ExportedNeed(number(row[0]), (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    number(row[5]), number(row[6]), (String) row[7], date(row[8]),
                    NeedStatus.valueOf((String) row[9]).code(), (String) row[10]));
        }
        return needs;
    }

    private static String needScope(Scope scope, String alias) {
        return categories(scope, alias) + (scope.country() == null ? "" : " AND " + alias + ".country = ?2");
    }

    /** The category ids are the catalogue's own numbers, never text from a request. */
    private static String categories(Scope scope, String alias) {
        if (scope.categoryIds() == null) {
            return "";
        }
        return " AND " + alias + ".category_id IN " + scope.categoryIds().stream().map(id -> Long.toString(id))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static void bind(Query query, Scope scope, LocalDate today) {
        query.setParameter(1, Date.valueOf(today));
        if (scope.country() != null) {
            query.setParameter(2, scope.country());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Unit unit(Object code) {
        return Unit.of((String) code).orElseThrow(() -> new IllegalStateException("unknown unit in the database: " + code));
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }
}

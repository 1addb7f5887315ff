package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The listings that can serve each other, read in one query each way: the database applies
 * the same conditions as {@link Eligibility} (status and validity, category, unit, country,
 * certifications, lead time before the deadline, minimum order) and returns the best
 * {@link #LIMIT} by the quantity they can deliver, so a need in a crowded category reads a
 * few hundred rows, not every offer. {@link Eligibility} then says why, point by point.
 */
@ApplicationScoped
class MatchCandidates {

    /** More than a page of matches, and enough for the smallest combination of offers. */
    static final int LIMIT = 300;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** An offer as the match rules read it. */
    record OfferRow(long id, long categoryId, long perWeek, int leadTimeDays, long minimumOrder, boolean allCountries,
                    boolean verified) {
    }

    /** A need as the match rules read it. */
    record NeedRow(long id, long categoryId, long remaining, LocalDate neededBy, String country, boolean verified,
                   Set<Long> certificationIds) {
    }

    /** Open, valid offers that can serve the need: its category or one below, its country, all its certifications. */
    List<OfferRow> offersFor(Need need, long remaining, List<Long> categoryIds, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, need.getNeededBy());
        Set<Long> certifications = need.getCertificationIds();
        StringBuilder sql = new StringBuilder("SELECT o.id, o.category_id, o.capacity_per_week, o.lead_time_days, o.minimum_order,"
                + " o.all_countries, org.verified_at IS NOT NULL FROM offer o LEFT JOIN organisation org ON org.id = o.organisation_id"
                + " WHERE o.status = 'OPEN' AND o.moderation = 'VISIBLE' AND o.valid_until >= ?1 AND o.category_id IN (" + placeholders(categoryIds) + ")"
                + " AND o.unit = ?2 AND o.owner_id <> ?3 AND o.minimum_order <= ?4 AND o.lead_time_days < ?5"
                + " AND (" + (Countries.inEuOrEea(need.getCountry()) ? "o.all_countries OR " : "")
                + "EXISTS (SELECT 1 FROM offer_country c WHERE c.offer_id = o.id AND c.country = ?6))");
        if (!certifications.isEmpty()) {
            sql.append(" AND (SELECT COUNT(*) FROM offer_certification oc WHERE oc.offer_id = o.id AND oc.certification_id IN (")
                    .append(placeholders(certifications)).append(")) = ").append(certifications.size());
        }
        // what the offer delivers before the deadline, as Coverage computes it: best first
        sql.append(" ORDER BY LEAST(o.capacity_per_week * (?5 - o.lead_time_days) DIV 7, ?4) DESC, 7 DESC, o.id LIMIT ").append(LIMIT);
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, today).setParameter(2, need.getUnit().code())
                .setParameter(3, need.getOwnerId()).setParameter(4, remaining).setParameter(5, daysLeft)
                .setParameter(6, need.getCountry());
        List<OfferRow> offers = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            offers.add(new OfferRow(number(r[0]), number(r[1]), number(r[2]), (int) number(r[3]), number(r[4]), flag(r[5]),
                    flag(r[6])));
        }
        return offers;
    }

    /** Active needs the offer can serve: their category is the offer's or above it, a country it ships to, no certification it lacks. */
    List<NeedRow> needsFor(Offer offer, List<Long> categoryIds, LocalDate today) {
        Set<Long> held = offer.getCertificationIds();
        Collection<String> countries = offer.isAllCountries() ? Countries.euAndEea() : offer.getCountries();
        StringBuilder sql = new StringBuilder("SELECT n.id, n.category_id, n.quantity - n.pledged, n.needed_by, n.country,"
                + " org.verified_at IS NOT NULL FROM need n LEFT JOIN organisation org ON org.id = n.organisation_id"
                + " WHERE n.status IN ('OPEN', 'IN_CONTACT', 'PARTLY_COVERED') AND n.moderation = 'VISIBLE' AND n.category_id IN (" + placeholders(categoryIds) + ")"
                + " AND n.unit = ?2 AND n.owner_id <> ?3 AND n.needed_by > ?4 AND n.quantity - n.pledged >= ?5"
                + " AND n.quantity > n.pledged AND n.country IN (" + quoted(countries) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM need_certification nc WHERE nc.need_id = n.id");
        if (!held.isEmpty()) {
            sql.append(" AND nc.certification_id NOT IN (").append(placeholders(held)).append(")");
        }
        sql.append(") ORDER BY LEAST(?6 * (DATEDIFF(n.needed_by, ?1) - ?7) DIV 7, n.quantity - n.pledged) / (n.quantity - n.pledged) DESC,"
                + " n.needed_by, n.id LIMIT ").append(LIMIT);
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, today).setParameter(2, offer.getUnit().code())
                .setParameter(3, offer.getOwnerId()).setParameter(4, today.plusDays(offer.getLeadTimeDays()))
                .setParameter(5, offer.getMinimumOrder()).setParameter(6, offer.getCapacityPerWeek())
                .setParameter(7, offer.getLeadTimeDays());
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        Map<Long, Set<Long>> required = certificationsOfNeeds(rows.stream().map(r -> number(r[0])).toList());
        List<NeedRow> needs = new ArrayList<>();
        for (Object[] r : rows) {
            long id = number(r[0]);
            needs.add(new NeedRow(id, number(r[1]), number(r[2]), date(r[3]), (String) r[4], flag(r[5]),
                    required.getOrDefault(id, Set.of())));
        }
        return needs;
    }

    private Map<Long, Set<Long>> certificationsOfNeeds(List<Long> needIds) {
        Map<Long, Set<Long>> byNeed = new HashMap<>();
        if (needIds.isEmpty()) {
            return byNeed;
        }
        List<?> rows = em.createNativeQuery("SELECT need_id, certification_id FROM need_certification WHERE need_id IN ("
                + placeholders(needIds) + ")").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byNeed.computeIfAbsent(number(r[0]), id -> new HashSet<>()).add(number(r[1]));
        }
        return byNeed;
    }

    /** Ids written into the statement: they are numbers from the database, never text from a request. */
    private static String placeholders(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    /** Country codes from the fixed list or a validated listing: two capital letters, checked again here. */
    private static String quoted(Collection<String> codes) {
        return codes.stream().filter(c -> c.matches("[A-Z]{2}")).map(c -> "'" + c + "'").collect(Collectors.joining(","));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}

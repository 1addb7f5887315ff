package eu.clusterhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderator dashboard's figures, each one query straight from the database: counts per
 * day as GROUP BY on an indexed creation time (post_created, account_created,
 * forum_thread_unanswered, need_listing; see V15), never an entity loaded per row. Days are
 * UTC dates, as every time is stored.
 */
@ApplicationScoped
public class DashboardRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** Posts written per day since {@code from} (thread openings and replies). */
    Map<LocalDate, Long> postsPerDay(LocalDateTime from) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM post WHERE created_at >= ?1 GROUP BY DATE(created_at)", from);
    }

    /** Accounts registered (or made by an admin) per day since {@code from}. */
    Map<LocalDate, Long> accountsPerDay(LocalDateTime from) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM account WHERE created_at >= ?1 GROUP BY DATE(created_at)", from);
    }

    /**
     * Requests (threads of type request) opened per day since {@code from} that nobody has
     * answered yet, counted once they are older than {@code before} (48 hours ago).
     */
    Map<LocalDate, Long> unansweredRequestsPerDay(LocalDateTime from, LocalDateTime before) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM forum_thread WHERE type = 'REQUEST' AND reply_count = 0"
                + " AND created_at >= ?1 AND created_at < ?2 GROUP BY DATE(created_at)", from, before);
    }

    /**
     * Needs filed per day since {@code from} that are still open (no contact request, no
     * pledge), once older than {@code before}.
     */
    Map<LocalDate, Long> uncoveredNeedsPerDay(LocalDateTime from, LocalDateTime before) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM need WHERE status = 'OPEN'"
                + " AND created_at >= ?1 AND created_at < ?2 GROUP BY DATE(created_at)", from, before);
    }

    /** All requests without an answer older than {@code before}, however old. */
    long unansweredRequests(LocalDateTime before) {
        return count("SELECT COUNT(*) FROM forum_thread WHERE type = 'REQUEST' AND reply_count = 0 AND created_at < ?1", before);
    }

    /** All needs still open (no contact, no pledge) filed before {@code before}. */
    long uncoveredNeeds(LocalDateTime before) {
        return count("SELECT COUNT(*) FROM need WHERE status = 'OPEN' AND created_at < ?1", before);
    }

    /** Flags raised per day since {@code from}. */
    Map<LocalDate, Long> flagsPerDay(LocalDateTime from) {
        return new HashMap<>(); // TODO queue model
    }

    /** How long each item with open flags has waited, in hours, as of {@code now}. */
    List<Double> openFlagWaits(LocalDateTime now) {
        return List.of(); // TODO queue model
    }

    /** Items held for approval and not yet decided. */
    long awaitingApproval() {
        return 0; // TODO queue model
    }

    /** For the items that entered the queue since {@code from} and were acted on: hours to the first action. */
    List<Double> hoursToFirstAction(LocalDateTime from) {
        return List.of(); // TODO queue model
    }

    private Map<LocalDate, Long> perDay(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        bind(query, parameters);
        Map<LocalDate, Long> days = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            days.put(date(columns[0]), ((Number) columns[1]).longValue());
        }
        return days;
    }

    private long count(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            query.setParameter(i + 1, value instanceof LocalDateTime time ? Timestamp.valueOf(time) : value);
        }
    }

    static LocalDate date(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}

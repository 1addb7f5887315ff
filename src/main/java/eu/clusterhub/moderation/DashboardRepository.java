package eu.clusterhub.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderator dashboard's figures, each one query straight from the database: counts per
 * day as GROUP BY on an indexed creation time (post_created, account_created,
 * forum_thread_unanswered, need_listing, flag_created; see V15), and the review queue's
 * waits from moderation_item (by status and kind, or by creation time), one number per
 * item and never an entity. Days are UTC dates, as every time is stored.
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
        return perDay("SELECT DATE(created_at), COUNT(*) FROM forum_thread WHERE type = 'REQUEST' AND reply_count = 0 AND moderation = 'VISIBLE'"
                + " AND created_at >= ?1 AND created_at < ?2 GROUP BY DATE(created_at)", from, before);
    }

    /**
     * Needs filed per day since {@code from} that are still open (no contact request, no
     * pledge), once older than {@code before}.
     */
    Map<LocalDate, Long> uncoveredNeedsPerDay(LocalDateTime from, LocalDateTime before) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM need WHERE status = 'OPEN' AND moderation = 'VISIBLE'"
                + " AND created_at >= ?1 AND created_at < ?2 GROUP BY DATE(created_at)", from, before);
    }

    /** All requests without an answer older than {@code before}, however old. */
    long unansweredRequests(LocalDateTime before) {
        return count("SELECT COUNT(*) FROM forum_thread WHERE type = 'REQUEST' AND reply_count = 0 AND moderation = 'VISIBLE' AND created_at < ?1", before);
    }

    /** All needs still open (no contact, no pledge) filed before {@code before}. */
    long uncoveredNeeds(LocalDateTime before) {
        return count("SELECT COUNT(*) FROM need WHERE status = 'OPEN' AND moderation = 'VISIBLE' AND created_at < ?1", before);
    }

    /** Flags raised per day since {@code from}. */
    Map<LocalDate, Long> flagsPerDay(LocalDateTime from) {
        return perDay("SELECT DATE(created_at), COUNT(*) FROM flag WHERE created_at >= ?1 GROUP BY DATE(created_at)", from);
    }

    /**
     * How long each open review item that members flagged has waited since it was first
     * flagged (the item's creation), in hours, as of {@code now}.
     */
    List<Double> openFlagWaits(LocalDateTime now) {
        return hours("SELECT TIMESTAMPDIFF(SECOND, created_at, ?1) FROM moderation_item WHERE status = 'OPEN' AND flag_count > 0", now);
    }

    /** Items held for approval (first posts, offers and needs, likely spam) not yet decided. */
    long awaitingApproval() {
        return count("SELECT COUNT(*) FROM moderation_item WHERE status = 'OPEN' AND kind IN ('APPROVAL', 'SPAM')");
    }

    /** For the items that entered the queue since {@code from} and were acted on: hours from entering to the first action. */
    List<Double> hoursToFirstAction(LocalDateTime from) {
        return hours("SELECT TIMESTAMPDIFF(SECOND, created_at, first_action_at) FROM moderation_item"
                + " WHERE created_at >= ?1 AND first_action_at IS NOT NULL", from);
    }

    private List<Double> hours(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        bind(query, parameters);
        List<Double> hours = new ArrayList<>();
        for (Object seconds : query.getResultList()) {
            hours.add(Math.max(0, ((Number) seconds).longValue()) / 3600.0);
        }
        return hours;
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

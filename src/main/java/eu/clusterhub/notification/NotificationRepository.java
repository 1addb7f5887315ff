package eu.clusterhub.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A member's notifications and the bell's counter. Marking read changes the counter by the
 * number of rows that really went from unread to read, in the same transaction, so the
 * counter stays equal to the unread rows however requests and the fan-out interleave.
 */
@ApplicationScoped
@Transactional
public class NotificationRepository {

    private static final String COLUMNS = "id, kind, actor_id, target_type, target_id, thread_id, url, title, summary,"
            + " created_at, read_at";

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** The bell's number: one primary-key read. */
    public int unread(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT unread FROM notification_counter WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    public long count(long accountId, boolean unreadOnly) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE account_id = ?"
                + (unreadOnly ? " AND read_at IS NULL" : "")).setParameter(1, accountId).getSingleResult()).longValue();
    }

    /** Newest first. */
    public List<Notification> page(long accountId, boolean unreadOnly, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM notification WHERE account_id = ?"
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .setParameter(1, accountId).setParameter(2, limit).setParameter(3, offset).getResultList();
        List<Notification> page = new ArrayList<>();
        for (Object[] r : rows) {
            page.add(new Notification(((Number) r[0]).longValue(), NotificationKind.of((String) r[1]).orElse(NotificationKind.MODERATION),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6], (String) r[7], (String) r[8],
                    time(r[9]), time(r[10])));
        }
        return page;
    }

    /** Marks the member's notifications with these ids read; returns how many were unread. */
    public int markRead(long accountId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        StringBuilder marks = new StringBuilder();
        ids.forEach(id -> marks.append(marks.isEmpty() ? "?" : ", ?"));
        var update = em.createNativeQuery("UPDATE notification SET read_at = ? WHERE account_id = ? AND read_at IS NULL"
                + " AND id IN (" + marks + ")").setParameter(1, NotificationEvents.now()).setParameter(2, accountId);
        int i = 3;
        for (long id : ids) {
            update.setParameter(i++, id);
        }
        return lower(accountId, update.executeUpdate());
    }

    public int markAllRead(long accountId) {
        int changed = em.createNativeQuery("UPDATE notification SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .setParameter(1, NotificationEvents.now()).setParameter(2, accountId).executeUpdate();
        return lower(accountId, changed);
    }

    private int lower(long accountId, int by) {
        if (by > 0) {
            em.createNativeQuery("UPDATE notification_counter SET unread = GREATEST(unread - ?, 0) WHERE account_id = ?")
                    .setParameter(1, by).setParameter(2, accountId).executeUpdate();
        }
        return by;
    }

    /** An erased member's notifications, watches, counter and settings go with them. */
    void eraseAll(long accountId) {
        for (String table : List.of("notification_mail", "notification", "watch", "notification_counter", "notification_settings")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?").setParameter(1, accountId).executeUpdate();
        }
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plans the mails of new notifications, in the fan-out's transaction (so a notification never
 * commits without its mail planned, and a fan-out that rolls back plans nothing): by the
 * recipient's setting for its kind, an immediate mail (coalesced per thread, see
 * {@link Coalescing}), the next daily or weekly digest (one row per member and day, due at
 * their hour in their time zone, see {@link DigestSchedule}), or nothing. {@link MailSender}
 * sends what is due.
 */
@ApplicationScoped
public class MailPlanner {

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.coalesce-seconds", defaultValue = "600")
    private long coalesceSeconds;

    private record Planned(long id, long accountId, NotificationKind kind, Long threadId) {
    }

    void plan(@Observes NotificationsCreated created) {
        if (created.notificationIds().isEmpty()) {
            return;
        }
        try (Connection db = dataSource.getConnection()) {
            List<Planned> planned = read(db, created.notificationIds());
            Set<Long> accounts = new LinkedHashSet<>();
            planned.forEach(p -> accounts.add(p.accountId));
            Map<Long, NotificationSettings> settings = NotificationSettingsStore.load(db, accounts);
            LocalDateTime now = NotificationEvents.now();
            for (Planned p : planned) {
                NotificationSettings s = settings.getOrDefault(p.accountId, NotificationSettings.defaults());
                Delivery delivery = s.delivery(p.kind);
                switch (delivery) {
                    case IMMEDIATELY -> immediate(db, p, now);
                    case DAILY, WEEKLY -> digest(db, p, delivery, s, now);
                    case NEVER -> {
                        // kept in the portal only
                    }
                }
            }
        } catch (SQLException e) {
            // the fan-out rolls back with its notifications and is tried again
            throw new IllegalStateException("Planning the mails of notification event " + created.eventId() + " failed", e);
        }
    }

    private static List<Planned> read(Connection db, List<Long> ids) throws SQLException {
        List<Planned> planned = new ArrayList<>();
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        ids.forEach(id -> marks.add("?"));
        try (PreparedStatement q = db.prepareStatement("SELECT id, account_id, kind, thread_id FROM notification WHERE id IN " + marks
                + " ORDER BY id")) {
            for (int i = 0; i < ids.size(); i++) {
                q.setLong(i + 1, ids.get(i));
            }
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    long thread = row.getLong(4);
                    Long threadId = row.wasNull() ? null : thread;
                    NotificationKind kind = NotificationKind.of(row.getString(3)).orElse(null);
                    if (kind != null) {
                        planned.add(new Planned(row.getLong(1), row.getLong(2), kind, threadId));
                    }
                }
            }
        }
        return planned;
    }

    private void immediate(Connection db, Planned p, LocalDateTime now) throws SQLException {
        if (p.threadId != null) {
            // the open window of this member and thread, locked so the sender cannot claim it meanwhile
            try (PreparedStatement open = db.prepareStatement("SELECT id, status, attempts, send_after FROM notification_mail"
                    + " WHERE account_id = ? AND thread_id = ? AND status = 'pending' AND send_after > ? AND delivery = 'immediate'"
                    + " ORDER BY id DESC LIMIT 1 FOR UPDATE")) {
                open.setLong(1, p.accountId);
                open.setLong(2, p.threadId);
                open.setTimestamp(3, Timestamp.valueOf(now));
                try (ResultSet row = open.executeQuery()) {
                    if (row.next() && Coalescing.isOpen(row.getString(2), row.getInt(3), row.getTimestamp(4).toLocalDateTime(), now)) {
                        addItem(db, row.getLong(1), p.id);
                        return;
                    }
                }
            }
        }
        LocalDateTime due = Coalescing.sendAfter(now, p.threadId, Duration.ofSeconds(Math.max(0, coalesceSeconds)));
        long mail = insert(db, Coalescing.immediateKey(p.accountId, p.threadId, p.id), p.accountId, Delivery.IMMEDIATELY, p.threadId, due, now);
        addItem(db, mail, p.id);
    }

    private static void digest(Connection db, Planned p, Delivery delivery, NotificationSettings s, LocalDateTime now)
            throws SQLException {
        DigestSchedule.Due due = DigestSchedule.next(delivery, now, s.timeZone(), s.digestHour());
        String key = Coalescing.digestKey(delivery, p.accountId, due.localDate());
        long mail = upsert(db, key, p.accountId, delivery, due.atUtc(), now);
        if (!"pending".equals(status(db, mail))) {
            // that day's digest went out already (the member moved their hour since): a digest of its own
            mail = upsert(db, key + ":n" + p.id, p.accountId, delivery, due.atUtc(), now);
        }
        addItem(db, mail, p.id);
    }

    private static long insert(Connection db, String key, long accountId, Delivery delivery, Long threadId, LocalDateTime due,
                               LocalDateTime now) throws SQLException {
        try (PreparedStatement add = db.prepareStatement("INSERT INTO notification_mail (idempotency_key, account_id, delivery,"
                + " thread_id, send_after, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            add.setString(1, key);
            add.setLong(2, accountId);
            add.setString(3, Coalescing.column(delivery));
            if (threadId == null) {
                add.setNull(4, Types.BIGINT);
            } else {
                add.setLong(4, threadId);
            }
            add.setTimestamp(5, Timestamp.valueOf(due));
            add.setTimestamp(6, Timestamp.valueOf(due));
            add.setTimestamp(7, Timestamp.valueOf(now));
            add.executeUpdate();
            try (ResultSet id = add.getGeneratedKeys()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** The mail of this key, created if new; locked either way. */
    private static long upsert(Connection db, String key, long accountId, Delivery delivery, LocalDateTime due, LocalDateTime now)
            throws SQLException {
        try (PreparedStatement add = db.prepareStatement("INSERT INTO notification_mail (idempotency_key, account_id, delivery,"
                + " thread_id, send_after, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, NULL, ?, 'pending', 0, ?, ?)"
                + " ON DUPLICATE KEY UPDATE account_id = account_id")) {
            add.setString(1, key);
            add.setLong(2, accountId);
            add.setString(3, Coalescing.column(delivery));
            add.setTimestamp(4, Timestamp.valueOf(due));
            add.setTimestamp(5, Timestamp.valueOf(due));
            add.setTimestamp(6, Timestamp.valueOf(now));
            add.executeUpdate();
        }
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM notification_mail WHERE idempotency_key = ? FOR UPDATE")) {
            q.setString(1, key);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String status(Connection db, long mail) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT status FROM notification_mail WHERE id = ?")) {
            q.setLong(1, mail);
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static void addItem(Connection db, long mail, long notification) throws SQLException {
        try (PreparedStatement add = db.prepareStatement("INSERT IGNORE INTO notification_mail_item (mail_id, notification_id)"
                + " VALUES (?, ?)")) {
            add.setLong(1, mail);
            add.setLong(2, notification);
            add.executeUpdate();
        }
    }
}

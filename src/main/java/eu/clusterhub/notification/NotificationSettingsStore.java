package eu.clusterhub.notification;

import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Members' mail settings, one row per member who changed anything (the others have the
 * defaults). Saving moves the member's pending digests to their new hour and time zone.
 */
@ApplicationScoped
public class NotificationSettingsStore {

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    public NotificationSettings of(long accountId) {
        try (Connection db = dataSource.getConnection()) {
            return load(db, List.of(accountId)).getOrDefault(accountId, NotificationSettings.defaults());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the notification settings", e);
        }
    }

    /** The settings of these accounts; those without a row are left out (they have the defaults). */
    static Map<Long, NotificationSettings> load(Connection db, Collection<Long> accountIds) throws SQLException {
        Map<Long, NotificationSettings> found = new HashMap<>();
        List<Long> all = new ArrayList<>(accountIds);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + 1000));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            slice.forEach(id -> marks.add("?"));
            try (PreparedStatement q = db.prepareStatement("SELECT account_id, digest_hour, time_zone, kinds FROM notification_settings"
                    + " WHERE account_id IN " + marks)) {
                for (int i = 0; i < slice.size(); i++) {
                    q.setLong(i + 1, slice.get(i));
                }
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        found.put(row.getLong(1), NotificationSettings.stored(row.getInt(2), row.getString(3), row.getString(4)));
                    }
                }
            }
        }
        return found;
    }

    /** Stores the settings and reschedules the member's pending digests to match them. */
    @Transactional
    public void save(long accountId, NotificationSettings settings) {
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement put = db.prepareStatement("INSERT INTO notification_settings (account_id, digest_hour, time_zone, kinds)"
                    + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE digest_hour = VALUES(digest_hour), time_zone = VALUES(time_zone),"
                    + " kinds = VALUES(kinds), version = version + 1")) {
                put.setLong(1, accountId);
                put.setInt(2, settings.digestHour());
                put.setString(3, settings.timeZone().getId());
                put.setString(4, settings.storedKinds());
                put.executeUpdate();
            }
            LocalDateTime now = NotificationEvents.now();
            try (PreparedStatement move = db.prepareStatement("UPDATE notification_mail SET send_after = ?, next_attempt_at = ?"
                    + " WHERE account_id = ? AND delivery = ? AND status = 'pending' AND attempts = 0")) {
                for (Delivery digest : List.of(Delivery.DAILY, Delivery.WEEKLY)) {
                    Timestamp due = Timestamp.valueOf(DigestSchedule.next(digest, now, settings.timeZone(), settings.digestHour()).atUtc());
                    move.setTimestamp(1, due);
                    move.setTimestamp(2, due);
                    move.setLong(3, accountId);
                    move.setString(4, Coalescing.column(digest));
                    move.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the notification settings", e);
        }
    }
}

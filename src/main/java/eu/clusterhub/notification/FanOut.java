package eu.clusterhub.notification;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * One event's fan-out, in one transaction: the event row is locked (so two relays never
 * work on it at once), the recipients chosen ({@link Recipients}), one notification inserted
 * per recipient, their counters raised by what was really inserted, the event marked done
 * and {@link NotificationsCreated} fired, all committed together. A fan-out that dies before
 * its commit leaves nothing behind and the event pending; the UNIQUE (event_id, account_id)
 * key and INSERT IGNORE make even a second run over a done event create nothing twice.
 */
@ApplicationScoped
public class FanOut {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FanOut.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Event<NotificationsCreated> created;

    /** Fans one event out unless done already; returns how many notifications it created. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(long eventId) {
        try (Connection db = dataSource.getConnection()) {
            Pending event = lock(db, eventId);
            if (event == null) {
                return 0;
            }
            if (!wellFormed(event.payload)) {
                // written by hand or by a bug: retrying cannot help, so it is set aside, loudly
                LOG.severe("Notification event " + eventId + " has an unreadable payload; marked done without notifications");
                markDone(db, eventId);
                return 0;
            }
            List<Recipients.Candidate> candidates = new ArrayList<>();
            for (JsonValue to : event.payload.getJsonArray("to")) {
                JsonObject t = to.asJsonObject();
                NotificationKind.of(t.getString("kind")).ifPresent(kind ->
                        candidates.add(new Recipients.Candidate(t.getJsonNumber("account").longValue(), kind)));
            }
            for (JsonValue group : event.payload.getJsonArray("watchers")) {
                JsonObject g = group.asJsonObject();
                NotificationKind kind = NotificationKind.of(g.getString("kind")).orElse(null);
                if (kind != null) {
                    List<String> levels = g.getJsonArray("levels").getValuesAs(jakarta.json.JsonString::getString);
                    watchers(db, g.getString("key"), levels, event.createdAt).forEach(id -> candidates.add(new Recipients.Candidate(id, kind)));
                }
            }
            Long threadId = event.payload.containsKey("thread") ? event.payload.getJsonNumber("thread").longValue() : null;
            Set<Long> everyone = new LinkedHashSet<>();
            candidates.forEach(c -> everyone.add(c.accountId()));
            List<Recipients.Candidate> chosen = Recipients.choose(candidates, event.actorId, active(db, everyone),
                    threadId == null ? Set.of() : watchers(db, WatchTarget.thread(threadId).key(), List.of(WatchLevel.MUTED.code()), null));
            List<Long> ids = insert(db, event, threadId, chosen);
            markDone(db, eventId);
            if (!ids.isEmpty()) {
                created.fire(new NotificationsCreated(eventId, List.copyOf(ids)));
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Fan-out of notification event " + eventId + " failed", e);
        }
    }

    private static void markDone(Connection db, long eventId) throws SQLException {
        try (PreparedStatement done = db.prepareStatement("UPDATE notification_event SET fanned_out_at = ? WHERE id = ?")) {
            done.setTimestamp(1, Timestamp.valueOf(NotificationEvents.now()));
            done.setLong(2, eventId);
            done.executeUpdate();
        }
    }

    /** What {@link NewEvent#payload()} writes: a target with type, id, url and title, and the lists of recipients. */
    static boolean wellFormed(JsonObject payload) {
        try {
            if (payload == null) {
                return false;
            }
            JsonObject target = payload.getJsonObject("target");
            target.getString("type");
            target.getJsonNumber("id").longValue();
            target.getString("url");
            target.getString("title");
            for (JsonValue to : payload.getJsonArray("to")) {
                to.asJsonObject().getJsonNumber("account").longValue();
                to.asJsonObject().getString("kind");
            }
            for (JsonValue group : payload.getJsonArray("watchers")) {
                group.asJsonObject().getString("key");
                group.asJsonObject().getString("kind");
                group.asJsonObject().getJsonArray("levels").getValuesAs(jakarta.json.JsonString::getString);
            }
            if (payload.containsKey("thread")) {
                payload.getJsonNumber("thread").longValue();
            }
            return true;
        } catch (RuntimeException e) { // NullPointerException, ClassCastException
            return false;
        }
    }

    private record Pending(long id, String kind, Long actorId, JsonObject payload, Timestamp createdAt) {
    }

    private static Pending lock(Connection db, long eventId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id, kind, actor_id, payload, created_at FROM notification_event"
                + " WHERE id = ? AND fanned_out_at IS NULL FOR UPDATE")) {
            q.setLong(1, eventId);
            try (ResultSet row = q.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long actor = row.getLong(3);
                Long actorId = row.wasNull() ? null : actor;
                JsonObject payload;
                try (var reader = Jsons.reader(new StringReader(row.getString(4)))) {
                    payload = reader.readObject();
                } catch (jakarta.json.JsonException e) {
                    payload = null;
                }
                return new Pending(row.getLong(1), row.getString(2), actorId, payload, row.getTimestamp(5));
            }
        }
    }

    /**
     * Who watches the target (by its key) at one of the levels; with {@code since}, only
     * watches that existed when the event happened: who starts watching a moment later (say,
     * by replying) hears only of what comes after.
     */
    private static Set<Long> watchers(Connection db, String targetKey, List<String> levels, Timestamp since) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        if (levels.isEmpty()) {
            return ids;
        }
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        levels.forEach(l -> marks.add("?"));
        String[] parts = targetKey.split(":", 2);
        // by (target_type, target_id, level) for threads and boards, the index of the fan-out
        String sql = WatchTarget.BY_ID.contains(parts[0])
                ? "SELECT account_id FROM watch WHERE target_type = ? AND target_id = ? AND level IN " + marks
                : "SELECT account_id FROM watch WHERE target_type = ? AND target_key = ? AND level IN " + marks; // watch_by_filter
        if (since != null) {
            sql += " AND created_at <= ?";
        }
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, parts[0]);
            if (WatchTarget.BY_ID.contains(parts[0])) {
                q.setLong(2, Long.parseLong(parts[1]));
            } else {
                q.setString(2, targetKey);
            }
            for (int i = 0; i < levels.size(); i++) {
                q.setString(3 + i, levels.get(i));
            }
            if (since != null) {
                q.setTimestamp(3 + levels.size(), since);
            }
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Of these accounts, the active ones (not suspended, not erased). */
    private static Set<Long> active(Connection db, Set<Long> ids) throws SQLException {
        Set<Long> active = new HashSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + 1000));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            slice.forEach(id -> marks.add("?"));
            try (PreparedStatement q = db.prepareStatement("SELECT id FROM account WHERE status = 'ACTIVE' AND id IN " + marks)) {
                for (int i = 0; i < slice.size(); i++) {
                    q.setLong(i + 1, slice.get(i));
                }
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        active.add(row.getLong(1));
                    }
                }
            }
        }
        return active;
    }

    /** Inserts what is not there yet; raises the counters by what was inserted; returns the new ids. */
    private static List<Long> insert(Connection db, Pending event, Long threadId, List<Recipients.Candidate> chosen)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (chosen.isEmpty()) {
            return ids;
        }
        JsonObject target = event.payload.getJsonObject("target");
        List<Long> inserted = new ArrayList<>();
        try (PreparedStatement add = db.prepareStatement("INSERT IGNORE INTO notification (account_id, event_id, kind, actor_id,"
                + " target_type, target_id, thread_id, url, title, summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (Recipients.Candidate c : chosen) {
                add.setLong(1, c.accountId());
                add.setLong(2, event.id);
                add.setString(3, c.kind().code());
                if (event.actorId == null) {
                    add.setNull(4, java.sql.Types.BIGINT);
                } else {
                    add.setLong(4, event.actorId);
                }
                add.setString(5, target.getString("type"));
                add.setLong(6, target.getJsonNumber("id").longValue());
                if (threadId == null) {
                    add.setNull(7, java.sql.Types.BIGINT);
                } else {
                    add.setLong(7, threadId);
                }
                add.setString(8, target.getString("url"));
                add.setString(9, target.getString("title"));
                add.setString(10, event.payload.getString("summary", ""));
                add.setTimestamp(11, event.createdAt);
                if (add.executeUpdate() == 1) {
                    inserted.add(c.accountId());
                    try (ResultSet key = add.getGeneratedKeys()) {
                        if (key.next()) {
                            ids.add(key.getLong(1));
                        }
                    }
                }
            }
        }
        try (PreparedStatement count = db.prepareStatement("INSERT INTO notification_counter (account_id, unread) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE unread = unread + 1")) {
            for (long accountId : inserted) {
                count.setLong(1, accountId);
                count.addBatch();
            }
            count.executeBatch();
        }
        return ids;
    }
}

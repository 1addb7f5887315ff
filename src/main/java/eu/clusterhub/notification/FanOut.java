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

    /** Rows per multi-row INSERT: 11 parameters each, well below the 65,535 a statement takes. */
    static final int CHUNK = 1000;

    /**
     * Inserts what is not there yet; raises the counters by what was inserted; returns the new
     * ids. In multi-row statements of {@link #CHUNK} rows, not one per recipient: 10,000
     * watchers are 10 INSERTs, 1 SELECT and 10 counter updates. What was really inserted is
     * read back: the event row is locked, so only this transaction adds notifications of the
     * event, and the rows of the event that were not there before are exactly this run's.
     */
    private static List<Long> insert(Connection db, Pending event, Long threadId, List<Recipients.Candidate> chosen)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (chosen.isEmpty()) {
            return ids;
        }
        Set<Long> before = existing(db, event.id);
        List<Recipients.Candidate> missing = new ArrayList<>();
        chosen.forEach(c -> {
            if (!before.contains(c.accountId())) {
                missing.add(c);
            }
        });
        if (missing.isEmpty()) {
            return ids;
        }
        JsonObject target = event.payload.getJsonObject("target");
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Recipients.Candidate> slice = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            StringJoiner rows = new StringJoiner(", ");
            slice.forEach(c -> rows.add("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            // IGNORE: a row already there (UNIQUE (event_id, account_id)) or an account erased meanwhile adds nothing
            try (PreparedStatement add = db.prepareStatement("INSERT IGNORE INTO notification (account_id, event_id, kind, actor_id,"
                    + " target_type, target_id, thread_id, url, title, summary, created_at) VALUES " + rows)) {
                int p = 1;
                for (Recipients.Candidate c : slice) {
                    add.setLong(p++, c.accountId());
                    add.setLong(p++, event.id);
                    add.setString(p++, c.kind().code());
                    if (event.actorId == null) {
                        add.setNull(p++, java.sql.Types.BIGINT);
                    } else {
                        add.setLong(p++, event.actorId);
                    }
                    add.setString(p++, target.getString("type"));
                    add.setLong(p++, target.getJsonNumber("id").longValue());
                    if (threadId == null) {
                        add.setNull(p++, java.sql.Types.BIGINT);
                    } else {
                        add.setLong(p++, threadId);
                    }
                    add.setString(p++, target.getString("url"));
                    add.setString(p++, target.getString("title"));
                    add.setString(p++, event.payload.getString("summary", ""));
                    add.setTimestamp(p++, event.createdAt);
                }
                add.executeUpdate();
            }
        }
        List<Long> inserted = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, account_id FROM notification WHERE event_id = ? ORDER BY id")) {
            q.setLong(1, event.id);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    if (!before.contains(row.getLong(2))) {
                        ids.add(row.getLong(1));
                        inserted.add(row.getLong(2));
                    }
                }
            }
        }
        for (int from = 0; from < inserted.size(); from += CHUNK) {
            List<Long> slice = inserted.subList(from, Math.min(inserted.size(), from + CHUNK));
            StringJoiner rows = new StringJoiner(", ");
            slice.forEach(id -> rows.add("(?, 1)"));
            try (PreparedStatement count = db.prepareStatement("INSERT INTO notification_counter (account_id, unread) VALUES " + rows
                    + " ON DUPLICATE KEY UPDATE unread = unread + 1")) {
                for (int i = 0; i < slice.size(); i++) {
                    count.setLong(i + 1, slice.get(i));
                }
                count.executeUpdate();
            }
        }
        return ids;
    }

    /** Who has a notification of the event already (a fan-out run again over a pending event). */
    private static Set<Long> existing(Connection db, long eventId) throws SQLException {
        Set<Long> accounts = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement("SELECT account_id FROM notification WHERE event_id = ?")) {
            q.setLong(1, eventId);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    accounts.add(row.getLong(1));
                }
            }
        }
        return accounts;
    }
}

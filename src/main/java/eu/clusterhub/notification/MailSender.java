package eu.clusterhub.notification;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Hashes;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.StartupSequence;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the planned notification mails that are due, every second, after commit and off the
 * request. Each mail is claimed first in a statement of its own (pending → sending, one more
 * attempt, leased for {@code clusterhub.notifications.sending-timeout-seconds}), then sent,
 * then marked sent. An SMTP failure puts it back to pending with an exponential backoff
 * ({@link Coalescing#backoff}); nothing is dropped until {@link #MAX_ATTEMPTS} attempts over
 * about nine hours failed. A mail whose lease ran out (the server died between sending and
 * recording) is sent again: at least once in that one window, with the same Message-ID
 * (derived from its idempotency key), so a mail client shows the duplicate once. At send time
 * the recipient is checked again (suspended or erased: nothing) and kinds the member has set to
 * "never" since are left out.
 */
@ApplicationScoped
public class MailSender {

    static final int MAX_ATTEMPTS = 16;
    static final int BATCH = 50;
    static final String LIMIT = "notification-mails-per-recipient";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Mailer mailer;

    @Inject
    private SiteUrl site;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.sending-timeout-seconds", defaultValue = "300")
    private long sendingTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.retry-base-seconds", defaultValue = "30")
    private long retryBaseSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(3200) DatabaseReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::sendQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Sending notification mails failed; will retry", e);
        }
    }

    /** Sends every mail due now; returns how many were sent. */
    synchronized int sendDue() throws SQLException {
        int sent = 0;
        while (true) {
            List<Long> due = due();
            int claimed = 0;
            for (long id : due) {
                if (claim(id)) {
                    claimed++;
                    if (deliver(id)) {
                        sent++;
                    }
                }
            }
            if (due.size() < BATCH || claimed == 0) {
                return sent;
            }
        }
    }

    private List<Long> due() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            // pending and due, or sending with a lease that ran out (the sender died before recording)
            for (String status : List.of("pending", "sending")) {
                try (PreparedStatement q = db.prepareStatement("SELECT id FROM notification_mail WHERE status = ? AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT " + BATCH)) {
                    q.setString(1, status);
                    q.setTimestamp(2, Timestamp.valueOf(NotificationEvents.now()));
                    try (ResultSet row = q.executeQuery()) {
                        while (row.next()) {
                            ids.add(row.getLong(1));
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Pending (or sending with its lease run out) → sending, one more attempt, leased; false if someone else has it. */
    private boolean claim(long id) throws SQLException {
        LocalDateTime now = NotificationEvents.now();
        try (Connection db = dataSource.getConnection();
             PreparedStatement claim = db.prepareStatement("UPDATE notification_mail SET status = 'sending', attempts = attempts + 1,"
                     + " next_attempt_at = ? WHERE id = ? AND status IN ('pending', 'sending') AND next_attempt_at <= ?")) {
            claim.setTimestamp(1, Timestamp.valueOf(now.plusSeconds(Math.max(1, sendingTimeoutSeconds))));
            claim.setLong(2, id);
            claim.setTimestamp(3, Timestamp.valueOf(now));
            return claim.executeUpdate() == 1;
        }
    }

    private record Mail(long id, String key, long accountId, Delivery delivery, int attempts, LocalDateTime sendAfter) {
    }

    private record Recipient(String email, String name, boolean active) {
    }

    /** Sends one claimed mail and records the outcome; true if it went out. */
    private boolean deliver(long id) throws SQLException {
        Mail mail;
        Recipient to;
        List<Row> rows;
        NotificationSettings settings;
        try (Connection db = dataSource.getConnection()) {
            mail = mail(db, id);
            if (mail == null) {
                return false; // erased with its account meanwhile
            }
            to = recipient(db, mail.accountId);
            if (to == null || !to.active) {
                finish(id, "skipped");
                return false;
            }
            settings = NotificationSettingsStore.load(db, List.of(mail.accountId)).getOrDefault(mail.accountId, NotificationSettings.defaults());
            rows = new ArrayList<>(items(db, id));
            NotificationSettings current = settings;
            rows.removeIf(r -> current.delivery(r.kind) == Delivery.NEVER); // unsubscribed since it was planned
            if (rows.isEmpty()) {
                finish(id, "skipped");
                return false;
            }
            Map<Long, String> actors = actors(db, rows);
            List<MailText.Item> items = rows.stream().map(r -> new MailText.Item(r.kind, r.actorId == null ? "ClusterHub"
                    : actors.getOrDefault(r.actorId, "Deleted user"), r.title, r.url, r.summary, r.createdAt)).toList();
            if (!limiter.tryAcquire(LIMIT, "account:" + mail.accountId)) {
                release(id, Duration.ofMinutes(5), true);
                return false;
            }
            String base = site.base();
            String scope = scope(mail, rows);
            String token = tokens.issue(mail.accountId, scope);
            String all = tokens.issue(mail.accountId, UnsubscribeToken.ALL);
            MailText.Composed composed = mail.delivery == Delivery.IMMEDIATELY
                    ? MailText.immediate(to.name, items, settings.timeZone(), base, token, all)
                    : MailText.digest(mail.delivery, digestDate(mail), to.name, items, settings.timeZone(), base, token, all);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Message-ID", messageId(mail.key, base));
            headers.put("List-Unsubscribe", "<" + base + "/api" + MailText.UNSUBSCRIBE_PATH + "?token=" + token + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            headers.put("Auto-Submitted", "auto-generated");
            try {
                mailer.send(to.email, composed.subject(), composed.text(), headers);
            } catch (Mailer.MailNotSent e) {
                if (mail.attempts >= MAX_ATTEMPTS) {
                    finish(id, "failed");
                    EventLog.severe(LOG, "notification-mail.failed", "mail=" + id + " attempts=" + mail.attempts + " reason=\""
                            + e.getMessage() + "\"");
                } else {
                    Duration wait = Coalescing.backoff(mail.attempts, Duration.ofSeconds(Math.max(1, retryBaseSeconds)));
                    release(id, wait, false);
                    EventLog.warning(LOG, "notification-mail.retry", "mail=" + id + " attempts=" + mail.attempts
                            + " retryInSeconds=" + wait.toSeconds() + " reason=\"" + e.getMessage() + "\"");
                }
                return false;
            }
        }
        sent(mail);
        return true;
    }

    private record Row(long id, NotificationKind kind, Long actorId, String title, String url, String summary, LocalDateTime createdAt) {
    }

    private static Mail mail(Connection db, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT idempotency_key, account_id, delivery, attempts, send_after"
                + " FROM notification_mail WHERE id = ? AND status = 'sending'")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Mail(id, row.getString(1), row.getLong(2), Coalescing.fromColumn(row.getString(3)),
                        row.getInt(4), row.getTimestamp(5).toLocalDateTime());
            }
        }
    }

    private static Recipient recipient(Connection db, long accountId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT email, display_name, status FROM account WHERE id = ?")) {
            q.setLong(1, accountId);
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? new Recipient(row.getString(1), row.getString(2), "ACTIVE".equals(row.getString(3))) : null;
            }
        }
    }

    private static List<Row> items(Connection db, long mailId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT n.id, n.kind, n.actor_id, n.title, n.url, n.summary, n.created_at"
                + " FROM notification_mail_item i JOIN notification n ON n.id = i.notification_id WHERE i.mail_id = ? ORDER BY n.id")) {
            q.setLong(1, mailId);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    long actor = row.getLong(3);
                    Long actorId = row.wasNull() ? null : actor;
                    NotificationKind kind = NotificationKind.of(row.getString(2)).orElse(null);
                    if (kind != null) {
                        rows.add(new Row(row.getLong(1), kind, actorId, row.getString(4), row.getString(5), row.getString(6),
                                row.getTimestamp(7).toLocalDateTime()));
                    }
                }
            }
        }
        return rows;
    }

    /** Display names of the actors (erased ones are "Deleted user"): one query for the whole mail. */
    private static Map<Long, String> actors(Connection db, List<Row> rows) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::actorId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return names;
        }
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        ids.forEach(i -> marks.add("?"));
        try (PreparedStatement q = db.prepareStatement("SELECT id, display_name, status FROM account WHERE id IN " + marks)) {
            for (int i = 0; i < ids.size(); i++) {
                q.setLong(i + 1, ids.get(i));
            }
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    names.put(row.getLong(1), "DELETED".equals(row.getString(3)) ? "Deleted user" : row.getString(2));
                }
            }
        }
        return names;
    }

    /** What the mail's one-click unsubscribe stops: its kind, or for a mix or a digest, that way of mailing. */
    static String scope(Mail mail, List<Row> rows) {
        if (mail.delivery == Delivery.IMMEDIATELY && rows.stream().map(Row::kind).distinct().count() == 1) {
            return rows.get(0).kind.code();
        }
        return mail.delivery.code();
    }

    /** The member's date the digest is for, from its key (daily:{account}:{date}[...]). */
    private static LocalDate digestDate(Mail mail) {
        String[] parts = mail.key.split(":");
        return LocalDate.parse(parts[2]);
    }

    /** The same for every attempt of one mail, so a mail sent twice after a crash is one message to mail clients. */
    static String messageId(String idempotencyKey, String base) {
        return "<" + Hashes.sha256(idempotencyKey).substring(0, 40) + ".notification@" + URI.create(base).getHost() + ">";
    }

    private void release(long id, Duration wait, boolean notAnAttempt) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement back = db.prepareStatement("UPDATE notification_mail SET status = 'pending', next_attempt_at = ?"
                     + (notAnAttempt ? ", attempts = attempts - 1" : "") + " WHERE id = ? AND status = 'sending'")) {
            back.setTimestamp(1, Timestamp.valueOf(NotificationEvents.now().plus(wait)));
            back.setLong(2, id);
            back.executeUpdate();
        }
    }

    private void finish(long id, String status) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement done = db.prepareStatement("UPDATE notification_mail SET status = ? WHERE id = ? AND status = 'sending'")) {
            done.setString(1, status);
            done.setLong(2, id);
            done.executeUpdate();
        }
    }

    private void sent(Mail mail) throws SQLException {
        LocalDateTime now = NotificationEvents.now();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement done = db.prepareStatement("UPDATE notification_mail SET status = 'sent', sent_at = ? WHERE id = ?")) {
                done.setTimestamp(1, Timestamp.valueOf(now));
                done.setLong(2, mail.id);
                done.executeUpdate();
            }
            if (mail.delivery != Delivery.IMMEDIATELY) {
                try (PreparedStatement last = db.prepareStatement("UPDATE notification_settings SET "
                        + (mail.delivery == Delivery.DAILY ? "last_daily_at" : "last_weekly_at") + " = ? WHERE account_id = ?")) {
                    last.setTimestamp(1, Timestamp.valueOf(now));
                    last.setLong(2, mail.accountId);
                    last.executeUpdate();
                }
            }
        }
        EventLog.info(LOG, "notification-mail.sent", "mail=" + mail.id + " delivery=" + mail.delivery.code());
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

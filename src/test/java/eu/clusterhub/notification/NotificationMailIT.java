package eu.clusterhub.notification;

import static eu.clusterhub.notification.Notifications.awaitFanOut;
import static eu.clusterhub.notification.Notifications.number;
import static eu.clusterhub.notification.Notifications.watch;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notification mails on Payara Micro against MariaDB and GreenMail: the exact mails of a
 * script of forum events (a thread's replies within the coalescing window make one mail; a
 * muted thread, a kind set to never and a suspended member get none; a kind set to daily
 * waits for the digest, which comes at the member's hour in their time zone — the test moves
 * the digest's time back over JDBC instead of waiting for the hour), the settings API, one-click
 * unsubscribe without a session (a tampered token changes nothing), and the SMTP server down,
 * then up.
 */
class NotificationMailIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private TestAccounts.Caller member(String name) {
        return Notifications.member(anonymous, accounts, name + " " + System.nanoTime());
    }

    private Api as(TestAccounts.Caller caller) {
        return anonymous.as(caller.token());
    }

    private long thread(TestAccounts.Caller author, String slug, String title) {
        Api.Reply started = as(author).post("boards/" + slug + "/threads", Json.createObjectBuilder()
                .add("title", title).add("type", "request").add("body", "What we need: " + title).build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().getJsonNumber("id").longValue();
    }

    private void reply(TestAccounts.Caller who, long thread, String body) {
        Api.Reply posted = as(who).post("threads/" + thread + "/posts", Json.createObjectBuilder().add("body", body).build().toString());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for: " + what);
            }
            Notifications.sleep(200);
        }
    }

    /** Waits until no mail of these members is pending or being sent, so every mail that will come has come. */
    private static void awaitMailsSettled(TestAccounts.Caller... members) {
        for (TestAccounts.Caller m : members) {
            await("the immediate mails of " + m.id() + " to be sent", Duration.ofSeconds(40), () -> number("SELECT COUNT(*) FROM"
                    + " notification_mail WHERE account_id = ? AND delivery = 'immediate' AND status IN ('pending', 'sending')", m.id()) == 0);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(String query, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime time(String query, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getTimestamp(1).toLocalDateTime();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aScriptOfEventsMakesExactlyTheMailsEachMemberChose() {
        String slug = "mail-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller anna = member("Anna Author");
        TestAccounts.Caller bruno = member("Bruno Replier");
        TestAccounts.Caller carla = member("Carla Replier");
        TestAccounts.Caller daily = member("Dora Daily");
        TestAccounts.Caller never = member("Nico Never");
        TestAccounts.Caller muter = member("Mia Muter");
        TestAccounts.Caller suspended = member("Sara Suspended");
        TestAccounts.Caller suspendedLater = member("Tito Suspended Later");
        TestAccounts.Caller quiet = member("Quinn Quiet");

        assertThat(as(daily).put("me/notification-settings", "{\"digestHour\":7,\"timeZone\":\"Asia/Tokyo\",\"kinds\":{\"reply\":\"daily\"}}")
                .status()).isEqualTo(200);
        assertThat(as(never).put("me/notification-settings", "{\"kinds\":{\"reply\":\"never\"}}").status()).isEqualTo(200);
        assertThat(as(quiet).put("me/notification-settings", "{\"kinds\":{\"reply\":\"daily\",\"mention\":\"daily\"}}").status()).isEqualTo(200);

        long annas = thread(anna, slug, "Valves for ventilators");
        long doras = thread(daily, slug, "Masks for a hospital");
        long nicos = thread(never, slug, "Gloves, nitrile");
        long mias = thread(muter, slug, "Spare CNC hours");
        long saras = thread(suspended, slug, "Sterile packaging");
        long titos = thread(suspendedLater, slug, "Oxygen concentrators");
        assertThat(as(muter).put("watches", watch("thread", mias, "muted")).status()).isEqualTo(200);
        assertThat(anonymous.as(accounts.adminToken()).post("admin/accounts/" + suspended.id() + "/suspend", "").status()).isEqualTo(200);

        reply(bruno, annas, "We can make 300 a week.");
        reply(carla, annas, "We have 50 in stock.");
        reply(bruno, doras, "FFP2 from Lyon, 10,000 a week.");
        reply(carla, doras, "Surgical masks from Brno.");
        reply(bruno, nicos, "Nitrile from Porto.");
        reply(bruno, mias, "How many hours?");
        reply(bruno, saras, "Sterile bags from Ghent.");
        reply(bruno, titos, "Two units available.");
        awaitFanOut();
        // planned while Tito was active; suspended before the thread's window closes: checked again when sending
        assertThat(number("SELECT COUNT(*) FROM notification_mail WHERE account_id = ? AND status = 'pending'", suspendedLater.id())).isEqualTo(1);
        assertThat(anonymous.as(accounts.adminToken()).post("admin/accounts/" + suspendedLater.id() + "/suspend", "").status()).isEqualTo(200);

        awaitMailsSettled(anna, daily, never, muter, suspended, suspendedLater, quiet);
        // two replies on one thread within the window: one mail, naming both
        List<MimeMessage> annasMails = TestMail.messagesTo(anna.email());
        assertThat(annasMails).hasSize(1);
        MimeMessage mail = annasMails.get(0);
        String body = text(mail);
        assertThat(body).startsWith("2 new notifications: Valves for ventilators")
                .contains("Bruno Replier").contains("replied to you").contains("We can make 300 a week.")
                .contains("Carla Replier").contains("We have 50 in stock.")
                .contains(TestMail.CONFIGURED_BASE + "/threads/" + annas)
                .contains(TestMail.CONFIGURED_BASE + "/notification-settings")
                .contains(TestMail.CONFIGURED_BASE + "/unsubscribe?token=")
                .doesNotContain(bruno.email());
        assertThat(header(mail, "List-Unsubscribe")).startsWith("<" + TestMail.CONFIGURED_BASE + "/api/unsubscribe?token=" + anna.id() + ".reply.");
        assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header(mail, "Message-ID")).endsWith(".notification@links.clusterhub.test>");
        assertThat(number("SELECT COUNT(*) FROM notification_mail_item i JOIN notification_mail m ON m.id = i.mail_id"
                + " WHERE m.account_id = ? AND m.status = 'sent'", anna.id())).isEqualTo(2);

        assertThat(TestMail.countTo(daily.email())).as("daily: nothing at once").isZero();
        assertThat(TestMail.countTo(never.email())).as("never").isZero();
        assertThat(number("SELECT COUNT(*) FROM notification WHERE account_id = ?", never.id())).as("still in the portal").isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM notification_mail WHERE account_id = ?", never.id())).isZero();
        assertThat(TestMail.countTo(muter.email())).as("muted thread").isZero();
        assertThat(TestMail.countTo(suspended.email())).as("suspended").isZero();
        assertThat(TestMail.countTo(suspendedLater.email())).as("suspended before sending").isZero();
        assertThat(string("SELECT status FROM notification_mail WHERE account_id = ?", suspendedLater.id())).isEqualTo("skipped");
        assertThat(number("SELECT COUNT(*) FROM notification_mail WHERE account_id = ?", quiet.id())).as("an empty day: no digest").isZero();

        // Dora's digest: due at 07:00 in Tokyo (22:00 UTC) on her next morning, keyed by that date
        long digest = number("SELECT id FROM notification_mail WHERE account_id = ? AND delivery = 'daily'", daily.id());
        LocalDateTime planned = time("SELECT created_at FROM notification_mail WHERE id = ?", digest);
        LocalDateTime due = time("SELECT send_after FROM notification_mail WHERE id = ?", digest);
        DigestSchedule.Due expected = DigestSchedule.nextDaily(planned, ZoneId.of("Asia/Tokyo"), 7);
        assertThat(due).isEqualTo(expected.atUtc());
        assertThat(due.getHour()).isEqualTo(22);
        assertThat(string("SELECT idempotency_key FROM notification_mail WHERE id = ?", digest))
                .isEqualTo("daily:" + daily.id() + ":" + expected.localDate());
        assertThat(string("SELECT status FROM notification_mail WHERE id = ?", digest)).isEqualTo("pending");
        assertThat(number("SELECT COUNT(*) FROM notification_mail_item WHERE mail_id = ?", digest)).as("one digest a day").isEqualTo(2);

        // a new hour moves the pending digest: 09:00 in Tokyo is 00:00 UTC
        assertThat(as(daily).put("me/notification-settings", "{\"digestHour\":9}").status()).isEqualTo(200);
        assertThat(time("SELECT send_after FROM notification_mail WHERE id = ?", digest).getHour()).isZero();

        // the clock moved to her hour: the digest's time set back to now, over JDBC
        sql("UPDATE notification_mail SET send_after = UTC_TIMESTAMP(6), next_attempt_at = UTC_TIMESTAMP(6) WHERE id = ?", digest);
        await("Dora's digest", Duration.ofSeconds(20), () -> TestMail.countTo(daily.email()) == 1);
        String digestText = text(TestMail.messagesTo(daily.email()).get(0));
        assertThat(digestText).startsWith("Your daily ClusterHub digest of ").contains(": 2 notifications")
                .contains("* Bruno Replier ").contains(" replied to you in \"Masks for a hospital\"")
                .contains("FFP2 from Lyon, 10,000 a week.").contains("Surgical masks from Brno.")
                .contains(TestMail.CONFIGURED_BASE + "/threads/" + doras)
                .contains(TestMail.CONFIGURED_BASE + "/notifications")
                .contains(TestMail.CONFIGURED_BASE + "/notification-settings");
        assertThat(header(TestMail.messagesTo(daily.email()).get(0), "List-Unsubscribe")).contains("token=" + daily.id() + ".daily.");
        await("the digest recorded as sent", Duration.ofSeconds(10),
                () -> "sent".equals(string("SELECT status FROM notification_mail WHERE id = ?", digest)));
        assertThat(string("SELECT last_daily_at FROM notification_settings WHERE account_id = ?", daily.id())).isNotNull();
        // sent and recorded: nothing can send it again
        assertThat(TestMail.countTo(daily.email())).as("once").isEqualTo(1);
    }

    @Test
    void settingsHaveDefaultsAndRefuseBadInputFieldByField() {
        TestAccounts.Caller member = member("Sofia Settings");
        assertThat(anonymous.get("me/notification-settings").status()).isEqualTo(401);
        JsonObject defaults = as(member).get("me/notification-settings").json();
        assertThat(defaults.getInt("digestHour")).isEqualTo(8);
        assertThat(defaults.getString("timeZone")).isEqualTo("Europe/Brussels");
        assertThat(defaults.getJsonObject("kinds")).hasSize(NotificationKind.values().length);
        assertThat(defaults.getJsonObject("kinds").getString("mention")).isEqualTo("immediately");
        assertThat(defaults.getJsonObject("kinds").getString("message")).isEqualTo("immediately");
        assertThat(defaults.getJsonObject("kinds").getString("listing-match")).isEqualTo("immediately");
        assertThat(defaults.getJsonObject("kinds").getString("thread-post")).isEqualTo("daily");

        Api.Reply changed = as(member).put("me/notification-settings",
                "{\"digestHour\":6,\"timeZone\":\"Europe/Warsaw\",\"kinds\":{\"board-post\":\"weekly\",\"quote\":\"never\"}}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject stored = as(member).get("me/notification-settings").json();
        assertThat(stored).isEqualTo(changed.json());
        assertThat(stored.getInt("digestHour")).isEqualTo(6);
        assertThat(stored.getString("timeZone")).isEqualTo("Europe/Warsaw");
        assertThat(stored.getJsonObject("kinds").getString("board-post")).isEqualTo("weekly");
        assertThat(stored.getJsonObject("kinds").getString("quote")).isEqualTo("never");
        assertThat(stored.getJsonObject("kinds").getString("mention")).as("untouched").isEqualTo("immediately");

        Map<String, String> bad = Map.of(
                "{\"digestHour\":24}", "digestHour",
                "{\"digestHour\":\"8\"}", "digestHour",
                "{\"digestHour\":7.5}", "digestHour",
                "{\"timeZone\":\"Mars/Olympus\"}", "timeZone",
                "{\"timeZone\":\"+02:00\"}", "timeZone",
                "{\"kinds\":{\"planet\":\"daily\"}}", "kinds.planet",
                "{\"kinds\":{\"mention\":\"sometimes\"}}", "kinds.mention",
                "{\"kinds\":\"daily\"}", "kinds",
                "{\"colour\":\"red\"}", "colour",
                "[]", "body");
        bad.forEach((json, field) -> {
            Api.Reply refused = as(member).put("me/notification-settings", json);
            assertThat(refused.status()).as(json + " → " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(json).contains("\"" + field + "\"");
        });
        Api.Reply both = as(member).put("me/notification-settings",
                "{\"digestHour\":99,\"timeZone\":\"Nowhere\",\"kinds\":{\"mention\":\"daily\"}}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("\"digestHour\"").contains("\"timeZone\"");
        assertThat(as(member).get("me/notification-settings").json()).as("nothing stored").isEqualTo(stored);

        // the page, for members: one choice per kind, the hour and the time zone as stored
        FormSession browser = new FormSession(base);
        browser.signIn(member.email(), TestAccounts.PASSWORD);
        HttpResponse<String> page = browser.get("notification-settings");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-kind=\"mention\"").contains("value=\"Europe/Warsaw\"");
        assertThat(Pattern.compile("<select[^>]*data-kind=").matcher(page.body()).results().count())
                .isEqualTo(NotificationKind.values().length);
        assertThat(Http.get(base, "notification-settings").statusCode()).as("members only").isNotEqualTo(200);

        // the form: a kind, the hour and the time zone changed; then a bad time zone refused, nothing stored
        Matcher mentionSelect = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*data-kind=\"mention\"").matcher(page.body());
        assertThat(mentionSelect.find()).as("the mention's choice").isTrue();
        HttpResponse<String> saved = browser.submit("notification-settings", "settings", Map.of(mentionSelect.group(1), "weekly",
                "settings:digestHour", "5", "settings:timeZone", "America/Chicago", "settings:save", "Save"));
        assertThat(saved.statusCode()).isIn(200, 302, 303);
        JsonObject afterForm = as(member).get("me/notification-settings").json();
        assertThat(afterForm.getJsonObject("kinds").getString("mention")).as(saved.body()).isEqualTo("weekly");
        assertThat(afterForm.getInt("digestHour")).isEqualTo(5);
        assertThat(afterForm.getString("timeZone")).isEqualTo("America/Chicago");
        assertThat(afterForm.getJsonObject("kinds").getString("board-post")).as("kept").isEqualTo("weekly");
        HttpResponse<String> refusedForm = browser.submit("notification-settings", "settings", Map.of(
                "settings:timeZone", "Atlantis/Capital", "settings:save", "Save"));
        assertThat(refusedForm.statusCode()).isEqualTo(200);
        assertThat(refusedForm.body()).contains("Must be a time zone such as Europe/Rome");
        assertThat(as(member).get("me/notification-settings").json()).isEqualTo(afterForm);
    }

    private static String token(String link) {
        Matcher token = Pattern.compile("token=([A-Za-z0-9._-]+)").matcher(link);
        assertThat(token.find()).as(link).isTrue();
        return token.group(1);
    }

    @Test
    void oneClickUnsubscribeNeedsNoSessionAndRefusesATamperedToken() {
        String slug = "mail-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller ulla = member("Ulla Unsubscriber");
        TestAccounts.Caller other = member("Otto Other");
        TestAccounts.Caller bruno = member("Bruno Replier");
        long thread = thread(ulla, slug, "Ventilator spare parts");
        reply(bruno, thread, "We have valves.");
        awaitFanOut();
        awaitMailsSettled(ulla);
        MimeMessage mail = TestMail.messagesTo(ulla.email()).get(0);
        String oneClick = token(header(mail, "List-Unsubscribe"));
        Matcher all = Pattern.compile("Stop all notification mails: \\S*token=(\\S+)").matcher(text(mail));
        assertThat(all.find()).isTrue();
        String allToken = all.group(1);
        assertThat(oneClick).startsWith(ulla.id() + ".reply.");
        assertThat(allToken).startsWith(ulla.id() + ".all.");

        // the page a person opens from the mail: changes nothing by itself (scanners open links)
        HttpResponse<String> page = Http.get(base, "unsubscribe?token=" + oneClick);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Stop mails about replies to you?");
        assertThat(as(ulla).get("me/notification-settings").json().getJsonObject("kinds").getString("reply")).isEqualTo("immediately");
        assertThat(anonymous.get("unsubscribe?token=" + oneClick).status()).as("no GET on the one-click address").isEqualTo(405);

        // tampered: another member's id, another scope, a changed signature, garbage
        String[] parts = oneClick.split("\\.");
        String signature = parts[3];
        char flipped = signature.charAt(0) == 'A' ? 'B' : 'A';
        for (String tampered : List.of(other.id() + "." + parts[1] + "." + parts[2] + "." + signature,
                parts[0] + ".all." + parts[2] + "." + signature,
                parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + signature,
                parts[0] + "." + parts[1] + "." + parts[2] + "." + flipped + signature.substring(1),
                "nonsense", "")) {
            Api.Reply refused = anonymous.post("unsubscribe?token=" + tampered, "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click");
            assertThat(refused.status()).as(tampered + " → " + refused).isEqualTo(403);
            assertThat(refused.body()).contains("This unsubscribe link is not valid");
        }
        HttpResponse<String> refusedPage = Http.get(base, "unsubscribe?token=" + other.id() + "." + parts[1] + "." + parts[2] + "." + signature);
        assertThat(refusedPage.body()).contains("This unsubscribe link is not valid").doesNotContain("id=\"unsubscribe\"");
        assertThat(as(other).get("me/notification-settings").json().getJsonObject("kinds").getString("reply")).isEqualTo("immediately");
        assertThat(as(ulla).get("me/notification-settings").json().getJsonObject("kinds").getString("reply")).isEqualTo("immediately");

        // RFC 8058: the mail client posts List-Unsubscribe=One-Click, without cookies
        Api.Reply done = anonymous.post("unsubscribe?token=" + oneClick, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("unsubscribed")).isEqualTo("reply");
        JsonObject kinds = as(ulla).get("me/notification-settings").json().getJsonObject("kinds");
        assertThat(kinds.getString("reply")).isEqualTo("never");
        assertThat(kinds.getString("mention")).as("only that kind").isEqualTo("immediately");
        assertThat(anonymous.post("unsubscribe?token=" + oneClick, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                .status()).as("twice is harmless").isEqualTo(200);

        reply(bruno, thread, "And gaskets.");
        awaitFanOut();
        // mails are planned in the fan-out's transaction: none planned now means none will come
        assertThat(number("SELECT COUNT(*) FROM notification WHERE account_id = ?", ulla.id())).isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM notification_mail WHERE account_id = ?", ulla.id())).as("no more mails about replies")
                .isEqualTo(1);

        // the page's button, without signing in: everything off
        HttpResponse<String> confirmed = new FormSession(base).submit("unsubscribe?token=" + allToken, "unsubscribe",
                Map.of("unsubscribe:confirm", "Unsubscribe"));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Done: you will no longer receive all notification mails.");
        assertThat(as(ulla).get("me/notification-settings").json().getJsonObject("kinds").values())
                .allMatch(v -> v.toString().equals("\"never\""));
    }

    @Test
    void withTheMailServerDownMailsWaitAndGoOutOnceItIsBack() {
        String slug = "mail-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller wanda = member("Wanda Waiting");
        TestAccounts.Caller bruno = member("Bruno Replier");
        long thread = thread(wanda, slug, "Respirator filters");
        long mail;
        TestMail.stop();
        try {
            reply(bruno, thread, "Filters from Graz.");
            awaitFanOut();
            mail = number("SELECT id FROM notification_mail WHERE account_id = ?", wanda.id());
            await("two failed attempts", Duration.ofSeconds(40),
                    () -> number("SELECT attempts FROM notification_mail WHERE id = ? AND status = 'pending'", mail) >= 2);
            assertThat(time("SELECT next_attempt_at FROM notification_mail WHERE id = ?", mail))
                    .as("backing off").isAfter(time("SELECT send_after FROM notification_mail WHERE id = ?", mail));
        } finally {
            TestMail.restart();
        }
        await("the mail once the server is back", Duration.ofSeconds(40), () -> TestMail.countTo(wanda.email()) == 1);
        await("recorded as sent", Duration.ofSeconds(10), () -> "sent".equals(string("SELECT status FROM notification_mail WHERE id = ?", mail)));
        assertThat(TestMail.countTo(wanda.email())).as("sent once").isEqualTo(1);
        String firstId = header(TestMail.messagesTo(wanda.email()).get(0), "Message-ID");

        // as if the server had died between sending and recording: the lease runs out and the
        // mail goes again, with the same Message-ID, so mail clients show it once
        sql("UPDATE notification_mail SET status = 'sending', next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", mail);
        await("the mail sent again", Duration.ofSeconds(20), () -> TestMail.countTo(wanda.email()) == 2);
        assertThat(header(TestMail.messagesTo(wanda.email()).get(1), "Message-ID")).isEqualTo(firstId);
        await("recorded as sent", Duration.ofSeconds(10), () -> "sent".equals(string("SELECT status FROM notification_mail WHERE id = ?", mail)));
    }
}

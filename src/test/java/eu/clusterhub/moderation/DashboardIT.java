package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.TestListings;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/moderation/dashboard: its figures move by exactly what the test writes (the
 * shared server runs one test class at a time, so differences are exact): posts and new
 * accounts today, a flag, an item held as spam, a request and a need left alone for three
 * days (their creation moved back in the database). Periods other than 30 and 90 days are
 * refused; the dashboard is for moderators.
 */
class DashboardIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;
    private Api moderator;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        moderator = anonymous.as(accounts.withRole("MODERATOR").token());
    }

    @Test
    void theFiguresFollowWhatIsWritten() throws SQLException {
        JsonObject before = dashboard(30);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate threeDaysAgo = today.minusDays(3);

        Api asker = anonymous.as(accounts.withRole("MEMBER").token());
        Api helper = anonymous.as(accounts.withRole("MEMBER").token());
        long answered = id(asker.post("boards/i-need-help/threads", thread("Gloves needed", "request")));
        id(helper.post("threads/" + answered + "/posts", body("We have gloves.")));
        long alone = id(asker.post("boards/i-need-help/threads", thread("Goggles needed, anyone?", "request")));
        long need = TestListings.need(asker, "Goggles for a care home", 40); // and its thread's first post
        move("forum_thread", alone, 3);
        move("need", need, 3);
        for (int i = 0; i < 3; i++) {
            id(asker.post("threads/" + answered + "/posts", body("Thank you, thank you!"))); // the third is held as spam
        }
        Api.Reply flagged = helper.post("flags", Json.createObjectBuilder().add("targetType", "thread").add("targetId", answered)
                .add("reason", "off-topic").build().toString());
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);

        JsonObject after = dashboard(30);
        assertThat(day(after, today).getInt("posts") - day(before, today).getInt("posts")).isEqualTo(7);
        assertThat(day(after, today).getInt("newAccounts") - day(before, today).getInt("newAccounts")).isEqualTo(2);
        assertThat(day(after, today).getInt("flags") - day(before, today).getInt("flags")).isEqualTo(1);
        assertThat(after.getJsonObject("openFlags").getInt("items") - before.getJsonObject("openFlags").getInt("items")).isEqualTo(1);
        assertThat(after.getJsonObject("openFlags").getInt("underADay") - before.getJsonObject("openFlags").getInt("underADay")).isEqualTo(1);
        assertThat(after.getInt("awaitingApproval") - before.getInt("awaitingApproval")).isEqualTo(1);
        assertThat(after.getInt("unansweredRequests") - before.getInt("unansweredRequests")).isEqualTo(1);
        assertThat(after.getInt("uncoveredNeeds") - before.getInt("uncoveredNeeds")).isEqualTo(1);
        assertThat(day(after, threeDaysAgo).getInt("unansweredRequests") - day(before, threeDaysAgo).getInt("unansweredRequests")).isEqualTo(1);
        assertThat(day(after, threeDaysAgo).getInt("uncoveredNeeds") - day(before, threeDaysAgo).getInt("uncoveredNeeds")).isEqualTo(1);

        // an answer takes the request off; a moderator's action gives the time to a first action
        id(helper.post("threads/" + alone + "/posts", body("Try the regional cluster.")));
        long item = number("SELECT id FROM moderation_item WHERE target_type = 'thread' AND target_id = " + answered + " AND status = 'OPEN'");
        long version = number("SELECT version FROM moderation_item WHERE id = " + item);
        Api.Reply kept = moderator.post("moderation/items/" + item + "/actions", Json.createObjectBuilder().add("action", "keep")
                .add("reason", "On topic").add("version", version).build().toString());
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        JsonObject acted = dashboard(30);
        assertThat(acted.getInt("unansweredRequests")).isEqualTo(before.getInt("unansweredRequests"));
        assertThat(acted.getJsonObject("openFlags").getInt("items")).isEqualTo(before.getJsonObject("openFlags").getInt("items"));
        assertThat(acted.getJsonNumber("medianHoursToFirstAction").doubleValue()).isNotNegative();

        JsonObject ninety = dashboard(90);
        assertThat(ninety.getInt("days")).isEqualTo(90);
        assertThat(ninety.getJsonArray("perDay")).hasSize(90);
        assertThat(ninety.getString("from")).isEqualTo(today.minusDays(89).toString());
        assertThat(ninety.getString("to")).isEqualTo(today.toString());
    }

    @Test
    void otherPeriodsAreRefusedAndOnlyModeratorsSeeIt() {
        for (String days : new String[] {"7", "abc", "-30", "30.5"}) {
            Api.Reply refused = moderator.get("moderation/dashboard?days=" + days);
            assertThat(refused.status()).as(days).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("days");
        }
        assertThat(moderator.get("moderation/dashboard").json().getInt("days")).isEqualTo(30);
        assertThat(anonymous.get("moderation/dashboard?days=30").status()).isEqualTo(401);
        assertThat(anonymous.as(accounts.withRole("MEMBER").token()).get("moderation/dashboard?days=30").status()).isEqualTo(403);
        assertThat(anonymous.as(accounts.adminToken()).get("moderation/dashboard?days=90").status()).isEqualTo(200);
    }

    private JsonObject dashboard(int days) {
        Api.Reply reply = moderator.get("moderation/dashboard?days=" + days);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject json = reply.json();
        assertThat(json.getJsonArray("perDay")).hasSize(days);
        return json;
    }

    private static JsonObject day(JsonObject dashboard, LocalDate date) {
        return dashboard.getJsonArray("perDay").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date.toString())).findFirst().orElseThrow();
    }

    /** Moves a row's creation back by so many days, as if it had been written then. */
    private static void move(String table, long id, int days) throws SQLException {
        try (Connection db = TestDatabase.SHARED.open();
             PreparedStatement sql = db.prepareStatement("UPDATE " + table + " SET created_at = created_at - INTERVAL " + days
                     + " DAY WHERE id = ?")) {
            sql.setLong(1, id);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
    }

    private static long number(String query) throws SQLException {
        try (Connection db = TestDatabase.SHARED.open(); PreparedStatement sql = db.prepareStatement(query);
             var rs = sql.executeQuery()) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getLong(1);
        }
    }

    private static long id(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String thread(String title, String type) {
        return Json.createObjectBuilder().add("title", title).add("type", type).add("body", title + " — details inside.").build().toString();
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }
}

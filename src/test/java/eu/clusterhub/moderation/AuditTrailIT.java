package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log: every staff action the features declare leaves exactly one entry with its
 * actor and target; only moderators and admins read the log (API, CSV, page); bad filters are
 * 400 naming the field; entries cannot be changed or deleted, even over JDBC; what they show
 * is escaped on the page and neutralised in the CSV; an erased actor's entries stay.
 */
class AuditTrailIT extends DeployedPortal {

    /** One line per feature with staff actions: a feature adding actions adds its scripts here. */
    static final List<StaffActionScripts> SCRIPTS = List.of(
            new AccountScripts(),
            new ForumScripts(),
            new AnnouncementScripts(),
            new SearchScripts(),
            new MatchmakingScripts(),
            new ThreadToolScripts(),
            new ReviewScripts(),
            new SettingScripts());

    private static final HttpClient CLIENT = HttpClient.newBuilder().build();

    private Staff staff;

    @BeforeEach
    void staff() {
        staff = new Staff(base);
    }

    @Test
    void everyDeclaredStaffActionLeavesExactlyOneEntryWithItsActorAndTarget() {
        Api.Reply actions = staff.moderatorApi().get("moderation/audit/actions");
        assertThat(actions.status()).as(actions.toString()).isEqualTo(200);
        List<String> catalogue = actions.structure().asJsonArray().getValuesAs(JsonString::getString);
        Map<String, StaffActionScripts.Script> scripts = new TreeMap<>();
        for (StaffActionScripts feature : SCRIPTS) {
            feature.scripts().forEach((action, script) -> {
                if (scripts.put(action, script) != null) {
                    throw new AssertionError("two scripts for " + action);
                }
            });
        }
        assertThat(catalogue).as("the catalogue is sorted").isSorted();
        TreeSet<String> withoutScript = new TreeSet<>(catalogue);
        withoutScript.removeAll(scripts.keySet());
        TreeSet<String> unknown = new TreeSet<>(scripts.keySet());
        unknown.removeAll(catalogue);
        assertThat(withoutScript).as("declared staff actions without a script in AuditTrailIT.SCRIPTS").isEmpty();
        assertThat(unknown).as("scripts for actions no feature declares").isEmpty();

        for (Map.Entry<String, StaffActionScripts.Script> entry : scripts.entrySet()) {
            String action = entry.getKey();
            long before = total(staff.adminApi(), "action=" + action);
            StaffActionScripts.Expected expected = entry.getValue().run(staff);
            long after = total(staff.adminApi(), "action=" + action);
            assertThat(after - before).as("new entries of " + action + " (over all actors: nobody else does this meanwhile"
                    + " except other tests, which act on their own objects)").isGreaterThanOrEqualTo(1);
            JsonObject mine = expect(200, staff.adminApi().get("moderation/audit?action=" + action + "&actor=" + expected.actorId()
                    + "&target=" + encode(expected.targetType() + ":" + expected.targetId())));
            assertThat(mine.getJsonNumber("total").longValue()).as("entries of " + action + " on " + expected).isEqualTo(1);
            JsonObject item = mine.getJsonArray("items").getJsonObject(0);
            assertThat(item.getJsonObject("actor").getJsonNumber("id").longValue()).as(action).isEqualTo(expected.actorId());
            assertThat(item.getJsonObject("actor").getString("name")).as(action).startsWith("Test ");
            assertThat(item.getString("targetType") + ":" + item.getString("targetId")).as(action)
                    .isEqualTo(expected.targetType() + ":" + expected.targetId());
            assertThat(item.getString("at")).as(action).endsWith("Z");
        }
        // every action of this test's moderator and admin is one of the scripts' (no stray or doubled entries)
        long ownEntries = total(staff.adminApi(), "actor=" + staff.moderator.id()) + total(staff.adminApi(), "actor=" + staff.admin.id());
        assertThat(ownEntries).as("entries by this test's staff").isEqualTo(scripts.size());
    }

    @Test
    void onlyModeratorsAndAdminsReadTheLogAndBadFiltersAreNamed() throws Exception {
        Map<String, TestAccounts.Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("unconfirmed", staff.accounts.unverified());
        callers.put("member", staff.member());
        callers.put("suspended", staff.accounts.suspended());
        callers.put("moderator", staff.moderator);
        callers.put("admin", staff.admin);
        // list, actions, CSV, page
        Map<String, List<Integer>> expected = Map.of(
                "anonymous", List.of(401, 401, 401, 302),
                "unconfirmed", List.of(403, 403, 403, 403),
                "member", List.of(403, 403, 403, 403),
                "suspended", List.of(401, 401, 401, 401),
                "moderator", List.of(200, 200, 200, 200),
                "admin", List.of(200, 200, 200, 200));
        for (Map.Entry<String, TestAccounts.Caller> caller : callers.entrySet()) {
            Api api = caller.getValue() == null ? staff.anonymous : staff.as(caller.getValue());
            String token = caller.getValue() == null ? null : caller.getValue().token();
            List<Integer> statuses = List.of(api.get("moderation/audit").status(), api.get("moderation/audit/actions").status(),
                    api.get("moderation/audit.csv").status(), page("moderation/audit", token).statusCode());
            assertThat(statuses).as(caller.getKey()).isEqualTo(expected.get(caller.getKey()));
        }
        assertThat(staff.anonymous.get("moderation/audit").contentType()).startsWith("application/problem+json");

        Api moderator = staff.moderatorApi();
        Map<String, String> bad = Map.of(
                "from=2026-13-01", "from",
                "to=yesterday", "to",
                "from=2026-05-02&to=2026-05-01", "to",
                "action=thread.explode", "action",
                "target=" + encode("<script>"), "target",
                "page=0", "page",
                "size=100000", "size");
        for (Map.Entry<String, String> query : bad.entrySet()) {
            for (String path : List.of("moderation/audit?", "moderation/audit.csv?")) {
                if (path.contains("csv") && query.getValue().matches("page|size")) {
                    continue; // the export has no pages
                }
                Api.Reply reply = moderator.get(path + query.getKey());
                assertThat(reply.status()).as(path + query.getKey()).isEqualTo(400);
                assertThat(reply.contentType()).as(path + query.getKey()).startsWith("application/problem+json");
                assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(path + query.getKey())
                        .isEqualTo(query.getValue());
            }
        }
        // the page says what is wrong instead of failing
        String page = page("moderation/audit?action=thread.explode&from=nope", staff.moderator.token()).body();
        assertThat(page).contains("id=\"audit-problem\"").contains("action: Unknown action").contains("from: Use a date");
        // nothing edits or deletes an entry: no such method
        assertThat(staff.adminApi().delete("moderation/audit").status()).isEqualTo(405);
        assertThat(staff.adminApi().put("moderation/audit", "{}").status()).isEqualTo(405);
    }

    @Test
    void entriesAreAppendOnlyEscapedOnThePageNeutralisedInTheCsvAndOutliveTheirActor() throws Exception {
        // an entry with hostile text, written the way the log writes it (INSERT is allowed)
        String target = "audit-test-" + Staff.unique();
        String reason = "<img src=x onerror=alert(1)> fake offer";
        long id;
        try (Connection db = TestDatabase.SHARED.open()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (at, actor_id, action, target_type, target_id,"
                    + " reason, before_summary, after_summary) VALUES (UTC_TIMESTAMP(6), ?, 'post.delete', 'post', ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, staff.moderator.id());
                insert.setString(2, target);
                insert.setString(3, reason);
                insert.setString(4, "=HYPERLINK(\"http://evil.example\",\"click\")");
                insert.setString(5, "deleted, \"quoted\"\nsecond line");
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET reason = 'nothing happened' WHERE id = " + id))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry WHERE id = " + id))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                try (var rows = sql.executeQuery("SELECT reason FROM audit_entry WHERE id = " + id)) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(reason);
                }
            }
        }

        String filter = "target=" + encode("post:" + target);
        String html = page("moderation/audit?" + filter, staff.moderator.token()).body();
        assertThat(html).contains("data-entry=\"" + id + "\"").contains("&lt;img src=x onerror=alert(1)&gt; fake offer")
                .doesNotContain("<img src=x");
        assertThat(html).contains("href=\"/api/moderation/audit.csv?target=post%3A" + target + "\"");
        assertThat(HtmlChecker.errors(html)).isEmpty();

        Api.Reply csv = staff.moderatorApi().get("moderation/audit.csv?" + filter);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,at_utc,actor_id,actor,action,target_type,target_id,reason,before,after\r\n")
                .contains(",post.delete,post," + target + ",<img src=x onerror=alert(1)> fake offer,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"deleted, \"\"quoted\"\"\nsecond line\"\r\n");

        // one transaction: when the entry cannot be written, the change it records does not happen either
        long refusedThread = ForumScripts.thread(staff, "question");
        String trigger = "audit_entry_refuse_" + refusedThread;
        try (Connection db = TestDatabase.SHARED.open(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_entry FOR EACH ROW IF NEW.target_type = 'thread'"
                    + " AND NEW.target_id = '" + refusedThread + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test';"
                    + " END IF");
            try {
                assertThat(staff.moderatorApi().post("threads/" + refusedThread + "/lock", "").status()).isEqualTo(500);
            } finally {
                sql.execute("DROP TRIGGER " + trigger);
            }
        }
        assertThat(staff.anonymous.get("threads/" + refusedThread).json().getBoolean("locked")).as("the lock rolled back").isFalse();
        assertThat(total(staff.adminApi(), "target=thread:" + refusedThread)).isZero();

        // a moderator acts, then erases the account: the entry stays, without the name
        TestAccounts.Caller leaving = staff.accounts.withRole("MODERATOR");
        long thread = ForumScripts.thread(staff, "question");
        expect(200, staff.as(leaving).post("threads/" + thread + "/lock", ""));
        expect(204, staff.as(leaving).post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}"));
        JsonObject kept = expect(200, staff.moderatorApi().get("moderation/audit?action=thread.lock&target=thread:" + thread));
        assertThat(kept.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(kept.getJsonArray("items").getJsonObject(0).getJsonObject("actor").getString("name"))
                .isEqualTo("erased account #" + leaving.id());
    }

    private static long total(Api api, String query) {
        return expect(200, api.get("moderation/audit?size=1&" + query)).getJsonNumber("total").longValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.resolve(base, path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

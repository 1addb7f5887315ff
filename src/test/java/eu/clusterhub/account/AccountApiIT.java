package eu.clusterhub.account;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account API on Payara Micro against MariaDB: registration, verification, tokens, roles. */
class AccountApiIT extends DeployedPortal {

    private Api api;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        api = Api.anonymous(base);
        accounts = new TestAccounts(api);
    }

    @Test
    void registrationCreatesAnUnverifiedMemberAndMailsASingleUseLink() throws Exception {
        String email = TestAccounts.uniqueEmail("Anna");
        Api.Reply created = api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "Anna"));

        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        assertThat(created.json().getString("email")).isEqualTo(email.toLowerCase());
        JsonObject account = api.as(accounts.token(email, TestAccounts.PASSWORD)).get("me").json();
        assertThat(account.getString("role")).isEqualTo("MEMBER");
        assertThat(account.getBoolean("emailVerified")).isFalse();
        assertThat(account.getJsonObject("organisation").getString("kind")).isEqualTo("COMPANY");
        assertThat(storedPasswordHash(email.toLowerCase())).startsWith("PBKDF2WithHmacSHA256:").doesNotContain(TestAccounts.PASSWORD);

        String link = TestMail.link(base, email.toLowerCase(), "/verify?token=");
        HttpResponse<String> confirmed = Http.get(new URL(link.substring(0, link.indexOf("verify"))), link.substring(link.indexOf("verify")));
        assertThat(confirmed.body()).contains("your email address is confirmed");
        String token = accounts.token(email, TestAccounts.PASSWORD);
        assertThat(api.as(token).get("me").json().getBoolean("emailVerified")).isTrue();

        HttpResponse<String> again = Http.get(new URL(link.substring(0, link.indexOf("verify"))), link.substring(link.indexOf("verify")));
        assertThat(again.body()).contains("This link was used already or has expired");
    }

    @Test
    void anExpiredVerificationLinkIsRefused() throws Exception {
        String email = TestAccounts.uniqueEmail("late");
        api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "Late"));
        String link = TestMail.link(base, email.toLowerCase(), "/verify?token=");
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE one_time_token SET expires_at = '2020-01-01' WHERE account_id = "
                    + "(SELECT id FROM account WHERE email = '" + email.toLowerCase() + "')");
        }

        HttpResponse<String> page = Http.get(new URL(link.substring(0, link.indexOf("verify"))), link.substring(link.indexOf("verify")));

        assertThat(page.body()).contains("This link was used already or has expired");
        assertThat(api.as(accounts.token(email, TestAccounts.PASSWORD)).get("me").json().getBoolean("emailVerified")).isFalse();
        assertThat(Http.get(base, "verify?token=made-up").body()).contains("This link is not valid");
    }

    @Test
    void badRegistrationsGetFieldErrorsAndWriteNothing() throws Exception {
        String ok = TestAccounts.uniqueEmail("ok");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("email", TestAccounts.registration("no-at-sign.example.org", TestAccounts.PASSWORD, "N"));
        cases.put("email ", TestAccounts.registration("a b@example.org", TestAccounts.PASSWORD, "Name"));
        cases.put("email  ", TestAccounts.registration("x".repeat(250) + "@example.org", TestAccounts.PASSWORD, "Name"));
        cases.put("password", TestAccounts.registration(ok, "short", "Name"));
        cases.put("password ", TestAccounts.registration(ok, "password1234", "Name"));
        cases.put("displayName", TestAccounts.registration(ok, TestAccounts.PASSWORD, "x".repeat(81)));
        cases.put("organisation.name", TestAccounts.registration(ok, TestAccounts.PASSWORD, "Name").replace("Precision Valves SpA", "y".repeat(201)));
        cases.put("organisation.kind", TestAccounts.registration(ok, TestAccounts.PASSWORD, "Name").replace("COMPANY", "ROCKET"));
        cases.put("organisation.country", TestAccounts.registration(ok, TestAccounts.PASSWORD, "Name").replace("\"IT\"", "\"US\""));
        cases.put("acceptTerms", TestAccounts.registration(ok, TestAccounts.PASSWORD, "Name").replaceFirst("\\{", "{\"acceptTerms\":false,"));
        cases.put("password  ", TestAccounts.registration(ok, TestAccounts.PASSWORD, "Name").replace("\"" + TestAccounts.PASSWORD + "\"", "42"));
        long before = count("account");
        long organisationsBefore = count("organisation");

        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Api.Reply reply = api.post("accounts", bad.getValue());

            assertThat(reply.status()).as(bad.getKey() + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                    .as(reply.toString()).contains(bad.getKey().strip());
        }
        assertThat(count("account")).isEqualTo(before);
        assertThat(count("organisation")).isEqualTo(organisationsBefore);
    }

    @Test
    void aTakenAddressInAnyCaseGetsTheSameAnswerAndItsHolderAMail() throws Exception {
        String email = TestAccounts.uniqueEmail("dup");
        Api.Reply first = api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "First"));
        assertThat(first.status()).isEqualTo(202);
        long before = count("account");

        Api.Reply again = api.post("accounts", TestAccounts.registration(email.toUpperCase(), TestAccounts.PASSWORD, "First"));

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(count("account")).isEqualTo(before);
        assertThat(TestMail.latestTo(email.toLowerCase())).startsWith("Someone tried to register with your address")
                .doesNotContain("token=");
    }

    @Test
    void wrongContentTypeAndMalformedJsonAreRefusedAsProblems() throws Exception {
        long before = count("account");
        String body = TestAccounts.registration(TestAccounts.uniqueEmail("ct"), TestAccounts.PASSWORD, "Name");

        Api.Reply plain = api.post("accounts", "text/plain", body);
        Api.Reply form = api.post("accounts", "application/x-www-form-urlencoded", "email=a%40b.org");
        Api.Reply broken = api.post("accounts", "{\"email\": ");
        Api.Reply array = api.post("accounts", "[]");

        assertThat(List.of(plain.status(), form.status(), broken.status(), array.status())).containsExactly(415, 415, 400, 400);
        assertThat(List.of(plain, form, broken, array)).allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        assertThat(count("account")).isEqualTo(before);
    }

    @Test
    void markupInNamesIsKeptAsTextAndServedInert() throws Exception {
        String email = TestAccounts.uniqueEmail("xss");
        String name = "<script>alert(1)</script> Eve";
        Api.Reply created = api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, name.replace("\"", "\\\"")));

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().getString("displayName")).isEqualTo(name);
        // JSON is data: served as such, and browsers are told not to guess otherwise
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("unverified", accounts.unverified());
        callers.put("member", accounts.withRole("MEMBER"));
        callers.put("moderator", accounts.withRole("MODERATOR"));
        callers.put("admin", accounts.withRole("ADMIN"));
        callers.put("suspended", accounts.suspended());
        Caller target = accounts.withRole("MEMBER");
        String newAccount = TestAccounts.registration("%s", TestAccounts.PASSWORD, "Created").replaceFirst("\\{", "{\"role\":\"MEMBER\",");

        Map<String, List<Integer>> expected = Map.of(
                // me, export, create account, change role, suspend
                "anonymous", List.of(401, 401, 401, 401, 401),
                "unverified", List.of(200, 200, 403, 403, 403),
                "member", List.of(200, 200, 403, 403, 403),
                "moderator", List.of(200, 200, 403, 403, 403),
                "admin", List.of(200, 200, 201, 200, 200),
                "suspended", List.of(401, 401, 401, 401, 401));
        for (String who : expected.keySet()) {
            Api as = who.equals("anonymous") ? api : api.as(callers.get(who).token());
            List<Integer> actual = List.of(
                    as.get("me").status(),
                    as.get("me/export").status(),
                    as.post("admin/accounts", newAccount.replace("%s", TestAccounts.uniqueEmail(who))).status(),
                    as.put("admin/accounts/" + target.id() + "/role", "{\"role\":\"MEMBER\"}").status(),
                    as.post("admin/accounts/" + target.id() + "/reactivate", "").status());
            assertThat(actual).as(who).isEqualTo(expected.get(who));
        }
    }

    @Test
    void adminsChangeRolesAndSuspensionEndsTokensAndSignIn() {
        String admin = accounts.adminToken();
        Caller member = accounts.withRole("MEMBER");

        Api.Reply promoted = api.as(admin).put("admin/accounts/" + member.id() + "/role", "{\"role\":\"moderator\"}");
        assertThat(promoted.json().getString("role")).isEqualTo("MODERATOR");
        assertThat(api.as(admin).put("admin/accounts/" + member.id() + "/role", "{\"role\":\"KING\"}").status()).isEqualTo(400);
        assertThat(api.as(admin).put("admin/accounts/999999/role", "{\"role\":\"MEMBER\"}").status()).isEqualTo(404);

        assertThat(api.as(admin).post("admin/accounts/" + member.id() + "/suspend", "").json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(api.as(member.token()).get("me").status()).isEqualTo(401);
        Api.Reply signIn = api.post("tokens", "{\"email\":\"" + member.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"name\":\"x\"}");
        assertThat(signIn.status()).isEqualTo(403);

        api.as(admin).post("admin/accounts/" + member.id() + "/reactivate", "");
        assertThat(accounts.token(member.email(), TestAccounts.PASSWORD)).startsWith("chub_");
    }

    @Test
    void tokensAreListedStoredHashedAndRevocable() throws Exception {
        Caller member = accounts.withRole("MEMBER");
        String second = accounts.token(member.email(), TestAccounts.PASSWORD);

        List<JsonValue> listed = api.as(member.token()).get("tokens").structure().asJsonArray();
        assertThat(listed).hasSize(2).allSatisfy(t -> assertThat(t.asJsonObject().containsKey("token")).isFalse());
        assertThat(tokenHashes(member.id())).hasSize(2).noneMatch(hash -> hash.contains(second) || second.contains(hash));

        long secondId = listed.get(0).asJsonObject().getJsonNumber("id").longValue();
        assertThat(api.as(second).delete("tokens/" + secondId).status()).isEqualTo(204);
        assertThat(api.as(second).get("me").status()).isEqualTo(401);
        assertThat(api.as(member.token()).get("me").status()).isEqualTo(200);
        assertThat(api.as(accounts.withRole("MEMBER").token()).delete("tokens/" + secondId).status()).as("someone else's").isEqualTo(404);
    }

    @Test
    void fiveFailedSignInsLockTheAccountFor15Minutes() {
        Caller member = accounts.withRole("MEMBER");
        String wrong = "{\"email\":\"" + member.email() + "\",\"password\":\"not-the-password-at-all\",\"name\":\"x\"}";
        String right = "{\"email\":\"" + member.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"name\":\"x\"}";

        List<Integer> statuses = List.of(api.post("tokens", wrong).status(), api.post("tokens", wrong).status(),
                api.post("tokens", wrong).status(), api.post("tokens", wrong).status(), api.post("tokens", wrong).status());
        Api.Reply locked = api.post("tokens", right);

        assertThat(statuses).containsExactly(401, 401, 401, 401, 429);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.json().getString("detail")).contains("Too many failed sign-ins");
        assertThat(api.as(member.token()).get("me").status()).as("tokens issued before still work").isEqualTo(200);
    }

    @Test
    void theExportHoldsTheAccountsDataAndNoSecrets() {
        Caller member = accounts.withRole("MEMBER");

        Api.Reply export = api.as(member.token()).get("me/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.response().headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        JsonObject data = export.json();
        assertThat(data.getJsonObject("account").getString("email")).isEqualTo(member.email());
        assertThat(data.getJsonObject("account").getJsonObject("organisation").getString("name")).isEqualTo("Precision Valves SpA");
        assertThat(data.getJsonArray("apiTokens")).hasSize(1);
        assertThat(export.body()).doesNotContain(member.token(), "PBKDF2", TestAccounts.PASSWORD);
    }

    @Test
    void memberPagesSendAnonymousVisitorsToSignIn() {
        HttpResponse<String> profile = Http.get(base, "profile");

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(profile.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin?next=%2Fprofile"));
    }

    private static String storedPasswordHash(String email) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement sql = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            sql.setString(1, email);
            try (ResultSet rs = sql.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static List<String> tokenHashes(long accountId) throws SQLException {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT token_hash FROM api_token WHERE account_id = " + accountId)) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            return hashes;
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

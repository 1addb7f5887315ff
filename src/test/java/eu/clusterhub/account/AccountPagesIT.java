package eu.clusterhub.account;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Member, moderator and admin pages for every kind of caller, organisation verification and
 * account deletion. Pages are fetched with API tokens, which the portal accepts everywhere.
 */
class AccountPagesIT extends DeployedPortal {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api api;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        api = Api.anonymous(base);
        accounts = new TestAccounts(api);
    }

    @Test
    void everyCallerSeesExactlyThePagesItsRoleAllows() throws Exception {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("unverified", accounts.unverified());
        callers.put("member", accounts.withRole("MEMBER"));
        callers.put("moderator", accounts.withRole("MODERATOR"));
        callers.put("admin", accounts.withRole("ADMIN"));
        callers.put("suspended", accounts.suspended());
        // profile, organisations (moderation), accounts (admin)
        Map<String, List<Integer>> expected = Map.of(
                "anonymous", List.of(302, 302, 302),
                "unverified", List.of(200, 403, 403),
                "member", List.of(200, 403, 403),
                "moderator", List.of(200, 200, 403),
                "admin", List.of(200, 200, 200),
                "suspended", List.of(401, 401, 401));

        for (Map.Entry<String, Caller> caller : callers.entrySet()) {
            String token = caller.getValue() == null ? null : caller.getValue().token();
            List<Integer> statuses = List.of(page("profile", token).statusCode(),
                    page("moderation/organisations", token).statusCode(), page("admin/accounts", token).statusCode());
            assertThat(statuses).as(caller.getKey()).isEqualTo(expected.get(caller.getKey()));
        }
    }

    @Test
    void theAccountPagesAreValidHtml() throws Exception {
        String admin = accounts.adminToken();
        for (String path : List.of("signin", "register", "password", "password?token=x", "verify?token=x", "profile",
                "admin/accounts?q=it", "moderation/organisations")) {
            HttpResponse<String> page = page(path, admin);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(HtmlChecker.errors(page.body())).as("HTML errors on /%s", path).isEmpty();
        }
    }

    @Test
    void adminsFindAccountsAndNamesAreEscaped() throws Exception {
        String email = TestAccounts.uniqueEmail("markup");
        api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "<img src=x onerror=alert(1)>"));

        String page = page("admin/accounts?q=" + email.substring(0, 20), accounts.adminToken()).body();

        assertThat(page).contains(email).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void moderatorsVerifyOrganisationsAndMembersCarryTheBadge() throws Exception {
        Caller member = accounts.withRole("MEMBER");
        Caller moderator = accounts.withRole("MODERATOR");
        long organisation = api.as(member.token()).get("me").json().getJsonObject("organisation").getJsonNumber("id").longValue();

        assertThat(api.as(member.token()).post("moderation/organisations/" + organisation + "/verify", "").status()).isEqualTo(403);
        Api.Reply verified = api.as(moderator.token()).post("moderation/organisations/" + organisation + "/verify", "");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(api.as(member.token()).get("me").json().getJsonObject("organisation").getBoolean("verified")).isTrue();
        assertThat(page("profile", member.token()).body()).contains("badge badge-verified");
        assertThat(api.as(moderator.token()).post("moderation/organisations/99999999/verify", "").status()).isEqualTo(404);

        api.as(moderator.token()).post("moderation/organisations/" + organisation + "/unverify", "");
        assertThat(api.as(member.token()).get("me").json().getJsonObject("organisation").getBoolean("verified")).isFalse();
    }

    @Test
    void deletingAnAccountErasesItsPersonalDataAndKeepsTheRow() throws Exception {
        Caller member = accounts.withRole("MEMBER");

        Api.Reply wrong = api.as(member.token()).post("me/erase", "{\"password\":\"not-my-password-at-all\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(api.as(member.token()).get("me").status()).isEqualTo(200);

        Api.Reply erased = api.as(member.token()).post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}");

        assertThat(erased.status()).isEqualTo(204);
        assertThat(api.as(member.token()).get("me").status()).isEqualTo(401);
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT email, display_name, password_hash, status, organisation_id FROM account WHERE id = " + member.id())) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("email")).isNull();
            assertThat(row.getString("display_name")).isEqualTo("deleted user");
            assertThat(row.getString("password_hash")).isNull();
            assertThat(row.getString("status")).isEqualTo("DELETED");
            assertThat(row.getObject("organisation_id")).isNull();
        }
        Api.Reply signIn = api.post("tokens", "{\"email\":\"" + member.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"name\":\"x\"}");
        assertThat(signIn.status()).isEqualTo(401);
        // the address is free again
        assertThat(api.post("accounts", TestAccounts.registration(member.email(), TestAccounts.PASSWORD, "Again")).status()).isEqualTo(202);
        assertThat(TestMail.latestTo(member.email())).startsWith("Confirm your ClusterHub account");
    }

    @Test
    void theLastAdminCannotDeleteTheAccount() {
        String admin = accounts.adminToken();
        JsonObject me = api.as(admin).get("me").json();
        assertThat(me.getString("role")).isEqualTo("ADMIN");
        // other admins exist when other tests made some; only the "only admin" case is refused
        Api.Reply reply = api.as(admin).post("me/erase", "{\"password\":\"wrong-password-here\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.as(admin).get("me").status()).isEqualTo(200);
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(eu.clusterhub.testsupport.Http.resolve(base, path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

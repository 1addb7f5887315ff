package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, accounts and sessions: mail links, stateless bearer calls, what a changed
 * password, a reset, a suspension or an erasure leaves of the old ways in, current-password
 * checks, lock-out without telling who has an account, per-address and per-account limits,
 * re-hashing and expiry of unconfirmed accounts. Per-address limits are reached through the test server's
 * trusted "proxy" (127.0.0.1) with an X-Forwarded-For address of the test's own.
 */
class AccountSecurityIT extends DeployedPortal {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String NEW_PASSWORD = "a-brand-new-password-2026";

    private Api api;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        api = Api.anonymous(base);
        accounts = new TestAccounts(api);
    }

    @Test
    void mailLinksUseTheConfiguredAddressWhateverHostTheRequestNames() throws IOException {
        String email = TestAccounts.uniqueEmail("host").toLowerCase();

        String status = rawPost("/api/accounts", "evil.example", TestAccounts.registration(email, TestAccounts.PASSWORD, "Host"));

        assertThat(status).as("accepted, as any registration").matches("HTTP/1\\.1 20[12] .*");
        String link = TestMail.mailedLink(email, "/verify?token=");
        assertThat(link).startsWith(TestMail.CONFIGURED_BASE + "/verify?token=").doesNotContain("evil.example");
    }

    @Test
    void bearerCallsMakeNoSessionAndARevokedTokenLeavesNothingBehind() {
        Caller member = accounts.withRole("MEMBER");

        Api.Reply me = api.as(member.token()).get("me");
        Api.Reply tokens = api.as(member.token()).get("tokens");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.response().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(tokens.response().headers().allValues("Set-Cookie")).isEmpty();
        long id = tokens.structure().asJsonArray().get(0).asJsonObject().getJsonNumber("id").longValue();
        assertThat(api.as(member.token()).delete("tokens/" + id).status()).isEqualTo(204);
        assertThat(api.as(member.token()).get("me").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "MODERATOR", "ADMIN"})
    void aRevokedTokenLeavesNoWayIn(String role) {
        Caller caller = accounts.withRole(role);
        String other = accounts.token(caller.email(), TestAccounts.PASSWORD);
        long id = api.as(caller.token()).get("tokens").structure().asJsonArray().stream()
                .map(t -> t.asJsonObject()).filter(t -> !t.getBoolean("revoked")).mapToLong(t -> t.getJsonNumber("id").longValue())
                .min().orElseThrow();

        Api.Reply before = api.as(caller.token()).get("me");
        Api.Reply revoked = api.as(other).delete("tokens/" + id);

        assertThat(before.response().headers().allValues("Set-Cookie")).as("no session to fall back on later").isEmpty();
        assertThat(revoked.status()).isEqualTo(204);
        Api.Reply after = api.as(caller.token()).get("me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.response().headers().allValues("Set-Cookie")).as("no session to fall back on").isEmpty();
        assertThat(api.as(other).get("me").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "MODERATOR", "ADMIN"})
    void aSuspendedAccountLeavesNoWayIn(String role) {
        Caller caller = accounts.withRole(role);
        String session = new FormSession(base).signIn(caller.email(), TestAccounts.PASSWORD);
        assertThat(FormSession.withSession(base, "api/me", session).statusCode()).isEqualTo(200);

        api.as(accounts.adminToken()).post("admin/accounts/" + caller.id() + "/suspend", "");

        assertNoWayIn(caller, session, TestAccounts.PASSWORD, 403);
        api.as(accounts.adminToken()).post("admin/accounts/" + caller.id() + "/reactivate", "");
        assertThat(api.as(caller.token()).get("me").status()).as("the token stays revoked after reactivation").isEqualTo(401);
        assertThat(FormSession.withSession(base, "api/me", session).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "MODERATOR", "ADMIN"})
    void aChangedPasswordLeavesNoWayIn(String role) {
        Caller caller = accounts.withRole(role);
        String elsewhere = new FormSession(base).signIn(caller.email(), TestAccounts.PASSWORD);
        FormSession here = new FormSession(base);
        String session = here.signIn(caller.email(), TestAccounts.PASSWORD);

        HttpResponse<String> changed = here.submit("profile", "changePassword", Map.of(
                "changePassword:currentPassword", TestAccounts.PASSWORD, "changePassword:newPassword", NEW_PASSWORD,
                "changePassword:submit", "Change password"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertNoWayIn(caller, session, TestAccounts.PASSWORD, 401);
        assertThat(FormSession.withSession(base, "api/me", elsewhere).statusCode()).as("a session elsewhere").isEqualTo(401);
        assertThat(accounts.token(caller.email(), NEW_PASSWORD)).startsWith("chub_");
    }

    @Test
    void aPasswordResetRevokesTokensAndEndsSessions() {
        Caller member = accounts.withRole("MEMBER");
        String session = new FormSession(base).signIn(member.email(), TestAccounts.PASSWORD);
        new FormSession(base).submit("password", "forgot", Map.of("forgot:email", member.email(), "forgot:submit", "Send me a link"));
        String link = TestMail.link(base, member.email(), "/password?token=");

        HttpResponse<String> reset = new FormSession(base).submit(link.substring(Http.root(base).length()), "reset",
                Map.of("reset:newPassword", NEW_PASSWORD, "reset:submit", "Set password"));

        assertThat(reset.body()).contains("Your new password is set");
        assertNoWayIn(member, session, TestAccounts.PASSWORD, 401);
    }

    @Test
    void theSessionCookieIsSecureWhenATrustedProxySaysTheRequestCameOverHttps() {
        Caller member = accounts.withRole("MEMBER");
        Map<String, String> signIn = Map.of("signin:email", member.email(), "signin:password", TestAccounts.PASSWORD,
                "signin:submit", "Sign in");

        HttpResponse<String> overHttps = new FormSession(base, Map.of("X-Forwarded-Proto", "https")).submit("signin", "signin", signIn);
        HttpResponse<String> overHttp = new FormSession(base).submit("signin", "signin", signIn);

        assertThat(overHttps.statusCode()).isEqualTo(302);
        List<String> secure = overHttps.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(secure).isNotEmpty();
        assertThat(secure.get(secure.size() - 1)).as("the cookie the browser keeps, of " + secure).containsIgnoringCase("; Secure");
        assertThat(overHttp.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().noneMatch(c -> c.toLowerCase().contains("secure"));
    }

    @Test
    void erasureRevokesTokensAndEndsSessions() {
        Caller member = accounts.withRole("MEMBER");
        String other = accounts.token(member.email(), TestAccounts.PASSWORD);
        String session = new FormSession(base).signIn(member.email(), TestAccounts.PASSWORD);

        assertThat(api.as(member.token()).post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}").status()).isEqualTo(204);

        assertThat(api.as(other).get("me").status()).isEqualTo(401);
        assertThat(FormSession.withSession(base, "api/me", session).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignIns() {
        Caller member = accounts.withRole("MEMBER");
        String wrong = "{\"password\":\"not-my-password-at-all\"}";

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(api.as(member.token()).post("me/erase", wrong).status());
        }

        assertThat(statuses).containsExactly(400, 400, 400, 400, 429);
        Api.Reply signIn = api.post("tokens", tokenRequest(member.email(), TestAccounts.PASSWORD));
        assertThat(signIn.status()).as("locked like after five failed sign-ins").isEqualTo(429);
        assertThat(api.as(member.token()).get("me").status()).as("not erased").isEqualTo(200);
    }

    @Test
    void theFifthWrongPasswordAnswersAlikeWhetherOrNotTheAccountExists() {
        Caller member = accounts.withRole("MEMBER");
        String nobody = TestAccounts.uniqueEmail("nobody");

        List<String> known = failFiveTimes(member.email());
        List<String> unknown = failFiveTimes(nobody);

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(4)).startsWith("429");
        assertThat(api.post("tokens", tokenRequest(nobody, TestAccounts.PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void aLockedOutMemberGetsBackInThroughAResetLink() {
        Caller member = accounts.withRole("MEMBER");
        failFiveTimes(member.email());
        new FormSession(base).submit("password", "forgot", Map.of("forgot:email", member.email(), "forgot:submit", "Send me a link"));
        String link = TestMail.link(base, member.email(), "/password?token=");

        new FormSession(base).submit(link.substring(Http.root(base).length()), "reset",
                Map.of("reset:newPassword", NEW_PASSWORD, "reset:submit", "Set password"));

        assertThat(api.post("tokens", tokenRequest(member.email(), NEW_PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void failedSignInsAreLimitedPerClientAddressAcrossAccounts() {
        Caller member = accounts.withRole("MEMBER");
        String address = uniqueAddress();

        for (int i = 0; i < 30; i++) {
            String body = tokenRequest(TestAccounts.uniqueEmail("spray"), "password-spraying-2026");
            assertThat(postFrom(address, "tokens", body).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = postFrom(address, "tokens", tokenRequest(member.email(), TestAccounts.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Http.json(refused).getString("detail")).contains("from your address");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(postFrom(uniqueAddress(), "tokens", tokenRequest(member.email(), TestAccounts.PASSWORD)).statusCode())
                .as("another address").isEqualTo(201);
    }

    @Test
    void tokensIssuedToOneAccountAreLimitedAndOtherAccountsKeepTheirs() throws Exception {
        Caller member = accounts.withRole("MEMBER"); // one token issued already
        Caller other = accounts.withRole("MEMBER");
        Api holder = api.as(member.token());

        // from this machine, which no per-address limit counts: only the account's own limit can refuse
        int issued = 1;
        while (issued < TestDatabase.TOKENS_PER_ACCOUNT_PER_HOUR) {
            // in batches that stay under the cap on active tokens, revoked after each, so the cap is not what refuses
            int batch = Math.min(ApiTokens.MAX_ACTIVE - 2, TestDatabase.TOKENS_PER_ACCOUNT_PER_HOUR - issued);
            for (long id : issueTokens(member.email(), batch)) {
                assertThat(holder.delete("tokens/" + id).status()).isEqualTo(204);
            }
            issued += batch;
        }
        Api.Reply refused = api.post("tokens", tokenRequest(member.email(), TestAccounts.PASSWORD));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).startsWith("Too many attempts in a short time");
        assertThat(refused.response().headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(holder.get("me").status()).as("tokens issued before still work").isEqualTo(200);
        assertThat(api.post("tokens", tokenRequest(other.email(), TestAccounts.PASSWORD)).status()).as("another account").isEqualTo(201);
    }

    /** Asks for this many tokens at once (a few calls in parallel); all must be issued. Their ids. */
    private List<Long> issueTokens(String email, int count) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(() -> api.post("tokens", tokenRequest(email, TestAccounts.PASSWORD)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Api.Reply> call : callers.invokeAll(calls)) {
                Api.Reply token = call.get();
                assertThat(token.status()).as(token.toString()).isEqualTo(201);
                ids.add(token.json().getJsonNumber("id").longValue());
            }
            return ids;
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void registrationsAreLimitedPerClientAddress() {
        String address = uniqueAddress();

        for (int i = 0; i < 10; i++) {
            assertThat(postFrom(address, "accounts", "{}").statusCode()).isEqualTo(400);
        }
        HttpResponse<String> refused = postFrom(address, "accounts",
                TestAccounts.registration(TestAccounts.uniqueEmail("burst"), TestAccounts.PASSWORD, "Burst"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void passwordsHashedWithFewerIterationsAreRehashedAtTheNextSignIn() throws Exception {
        Caller member = accounts.withRole("MEMBER");
        int fewer = TestDatabase.PASSWORD_ITERATIONS / 2;
        setPasswordHash(member.id(), pbkdf2(TestAccounts.PASSWORD, fewer));

        assertThat(api.post("tokens", tokenRequest(member.email(), TestAccounts.PASSWORD)).status()).isEqualTo(201);

        assertThat(passwordHash(member.id())).startsWith("PBKDF2WithHmacSHA256:" + TestDatabase.PASSWORD_ITERATIONS + ":");
        assertThat(accounts.token(member.email(), TestAccounts.PASSWORD)).startsWith("chub_");
    }

    @Test
    void anAccountUnconfirmedForAWeekExpiresWhenItsAddressRegistersAgain() throws Exception {
        String email = TestAccounts.uniqueEmail("stale").toLowerCase();
        api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "First"));
        long oldId = api.as(accounts.token(email, TestAccounts.PASSWORD)).get("me").json().getJsonNumber("id").longValue();
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("UPDATE account SET created_at = created_at - INTERVAL 8 DAY WHERE id = ?")) {
            sql.setLong(1, oldId);
            sql.executeUpdate();
        }

        Api.Reply again = api.post("accounts", TestAccounts.registration(email, TestAccounts.PASSWORD, "Second"));

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(status(oldId)).isEqualTo("DELETED");
        assertThat(TestMail.latestTo(email)).as("a new account, not a note to the old one").startsWith("Confirm your ClusterHub account");
        assertThat(api.as(accounts.token(email, TestAccounts.PASSWORD)).get("me").json().getJsonNumber("id").longValue()).isNotEqualTo(oldId);
    }

    /** Token, session, new sign-in and the profile page: all closed. */
    private void assertNoWayIn(Caller caller, String session, String oldPassword, int signInStatus) {
        assertThat(api.as(caller.token()).get("me").status()).as("the token").isEqualTo(401);
        assertThat(FormSession.withSession(base, "api/me", session).statusCode()).as("the old session on the API").isEqualTo(401);
        HttpResponse<String> profile = FormSession.withSession(base, "profile", session);
        assertThat(profile.statusCode()).as("the old session on a page").isEqualTo(302);
        assertThat(profile.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/signin"));
        assertThat(api.post("tokens", tokenRequest(caller.email(), oldPassword)).status()).as("signing in again").isEqualTo(signInStatus);
    }

    private List<String> failFiveTimes(String email) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Reply reply = api.post("tokens", tokenRequest(email, "not-the-password-at-all"));
            answers.add(reply.status() + " " + reply.json().getString("title") + " "
                    + reply.json().getString("detail").replaceAll("[0-9]+ (minutes|seconds)", "N $1"));
        }
        return answers;
    }

    private static String tokenRequest(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"security\"}";
    }

    /** An address of this test's own, as the test server's trusted proxy (127.0.0.1) forwards it. */
    private static String uniqueAddress() {
        int n = (int) (System.nanoTime() & 0xfff) * 1000 + ADDRESSES.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private HttpResponse<String> postFrom(String address, String path, String json) {
        return Http.send(HttpRequest.newBuilder(Http.resolve(base, "api/" + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** java.net.http refuses to set Host; a plain socket sends what an attacker would. */
    private String rawPost(String path, String host, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    private static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static void setPasswordHash(long accountId, String hash) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("UPDATE account SET password_hash = ? WHERE id = ?")) {
            sql.setString(1, hash);
            sql.setLong(2, accountId);
            sql.executeUpdate();
        }
    }

    private static String passwordHash(long accountId) throws SQLException {
        return column("password_hash", accountId);
    }

    private static String status(long accountId) throws SQLException {
        return column("status", accountId);
    }

    private static String column(String column, long accountId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("SELECT " + column + " FROM account WHERE id = ?")) {
            sql.setLong(1, accountId);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

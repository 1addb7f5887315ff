package eu.clusterhub.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Accounts of every kind for a test, made through the API as the first admin. */
public final class TestAccounts {

    public static final String PASSWORD = "industrial-clusters-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static String adminToken;

    /** An account and a bearer token of it. */
    public record Caller(long id, String email, String token) {
    }

    private final Api api;

    public TestAccounts(Api anonymous) {
        this.api = anonymous;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@it.clusterhub.test";
    }

    public static String registration(String email, String password, String displayName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName + "\","
                + "\"organisation\":{\"name\":\"Precision Valves SpA\",\"kind\":\"COMPANY\",\"country\":\"IT\",\"sector\":\"Machine tools\"}}";
    }

    public String token(String email, String password) {
        Api.Reply reply = api.post("tokens", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}");
        if (reply.status() != 201) {
            throw new AssertionError("no token for " + email + ": " + reply);
        }
        return reply.json().getString("token");
    }

    /** One token of the first admin for the whole run (tokens per account are limited). */
    public String adminToken() {
        synchronized (TestAccounts.class) {
            if (adminToken == null) {
                adminToken = token(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
            }
            return adminToken;
        }
    }

    /** A verified account with the role, created by the admin. */
    public Caller withRole(String role) {
        String email = uniqueEmail(role.toLowerCase());
        String body = registration(email, PASSWORD, "Test " + role).replaceFirst("\\{", "{\"role\":\"" + role + "\",");
        Api.Reply created = api.as(adminToken()).post("admin/accounts", body);
        if (created.status() != 201) {
            throw new AssertionError("could not create a " + role + ": " + created);
        }
        return new Caller(created.json().getJsonNumber("id").longValue(), email, token(email, PASSWORD));
    }

    /** A member who registered and has not confirmed the email yet. */
    public Caller unverified() {
        String email = uniqueEmail("unverified");
        Api.Reply created = api.post("accounts", registration(email, PASSWORD, "Unverified member"));
        if (created.status() != 202) {
            throw new AssertionError("could not register: " + created);
        }
        String token = token(email, PASSWORD);
        return new Caller(api.as(token).get("me").json().getJsonNumber("id").longValue(), email, token);
    }

    /** A member whose token was issued before an admin suspended the account. */
    public Caller suspended() {
        Caller member = withRole("MEMBER");
        Api.Reply suspended = api.as(adminToken()).post("admin/accounts/" + member.id() + "/suspend", "");
        if (suspended.status() != 200) {
            throw new AssertionError("could not suspend: " + suspended);
        }
        return member;
    }
}

package eu.clusterhub.moderation;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;

/**
 * What the staff-action scripts share: a moderator and an admin of their own (so the log's
 * entries of a run are told apart by actor), the accounts helper, and small API helpers that
 * fail loudly when a setup step is refused.
 */
public final class Staff {

    public final Api anonymous;
    public final TestAccounts accounts;
    public final TestAccounts.Caller moderator;
    public final TestAccounts.Caller admin;

    Staff(URL base) {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        moderator = accounts.withRole("MODERATOR");
        admin = accounts.withRole("ADMIN");
    }

    public Api as(TestAccounts.Caller caller) {
        return anonymous.as(caller.token());
    }

    public Api moderatorApi() {
        return as(moderator);
    }

    public Api adminApi() {
        return as(admin);
    }

    /** A new confirmed member. */
    public TestAccounts.Caller member() {
        return accounts.withRole("MEMBER");
    }

    /** A member suspended by the first admin. */
    public TestAccounts.Caller suspendedMember() {
        return accounts.suspended();
    }

    /** The first admin of the run, for setup steps that must not count as this run's staff actions. */
    public Api setupAdmin() {
        return anonymous.as(accounts.adminToken());
    }

    /** The reply's JSON, after checking its status. */
    public static JsonObject expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply.body().isEmpty() ? Json.createObjectBuilder().build() : reply.json();
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** A unique suffix for names and slugs. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}

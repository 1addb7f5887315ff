package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A locked thread and every thread of an archived board take no delete, accept or helpful
 * mark from anyone who could otherwise make them (author, thread author, moderator, other
 * member): each is a 409 naming the reason, and nothing changes.
 */
class ClosedThreadWritesIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;
    private Api admin;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        admin = anonymous.as(accounts.adminToken());
    }

    @Test
    void aLockedThreadRefusesDeleteAcceptAndHelpful() {
        Fixture f = fixture(newBoard());
        assertThat(f.moderator().post("threads/" + f.thread() + "/lock", "").status()).isEqualTo(200);
        assertEveryWriteRefused(f, "locked");
    }

    @Test
    void aThreadOfAnArchivedBoardRefusesDeleteAcceptAndHelpful() {
        String board = newBoard();
        Fixture f = fixture(board);
        assertThat(admin.post("admin/boards/" + board + "/archive", "{}").status()).isEqualTo(200);
        assertEveryWriteRefused(f, "archived");
    }

    private void assertEveryWriteRefused(Fixture f, String reason) {
        refused(f.replier().delete("posts/" + f.reply()), reason, "the author deletes");
        refused(f.moderator().delete("posts/" + f.reply()), reason, "a moderator deletes");
        refused(f.author().post("posts/" + f.reply() + "/accept", ""), reason, "the thread's author accepts");
        refused(f.moderator().post("posts/" + f.reply() + "/accept", ""), reason, "a moderator accepts");
        refused(f.other().post("posts/" + f.reply() + "/helpful", ""), reason, "another member marks helpful");

        JsonObject thread = anonymous.get("threads/" + f.thread()).json();
        JsonObject reply = thread.getJsonArray("posts").getJsonObject(1);
        assertThat(reply.getBoolean("deleted")).isFalse();
        assertThat(reply.getInt("helpfulCount")).isZero();
        assertThat(thread.isNull("acceptedPostId") || !thread.containsKey("acceptedPostId")).as("no accepted solution").isTrue();
    }

    private static void refused(Api.Reply reply, String reason, String what) {
        assertThat(reply.status()).as(what + ": " + reply).isEqualTo(409);
        assertThat(reply.json().getString("detail")).as(what).containsIgnoringCase(reason);
    }

    private record Fixture(long thread, long reply, Api author, Api replier, Api other, Api moderator) {
    }

    private Fixture fixture(String board) {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api replier = anonymous.as(accounts.withRole("MEMBER").token());
        Api.Reply thread = author.post("boards/" + board + "/threads", Json.createObjectBuilder()
                .add("title", "Which valve fits? " + System.nanoTime()).add("type", "question")
                .add("body", "We need valves.").build().toString());
        assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
        long threadId = thread.json().getJsonNumber("id").longValue();
        Api.Reply reply = replier.post("threads/" + threadId + "/posts", "{\"body\":\"This one fits.\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Fixture(threadId, reply.json().getJsonNumber("id").longValue(), author, replier,
                anonymous.as(accounts.withRole("MEMBER").token()), anonymous.as(accounts.withRole("MODERATOR").token()));
    }

    private String newBoard() {
        String slug = "closed-" + System.nanoTime();
        Api.Reply created = admin.post("admin/boards", Json.createObjectBuilder().add("slug", slug).add("name", "Closed " + slug)
                .add("description", "Made by ClosedThreadWritesIT").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return slug;
    }
}

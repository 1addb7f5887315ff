package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Posting limits by standing (test server: {@value TestDatabase#THREADS_PER_ACCOUNT_PER_HOUR}
 * threads an hour and {@value TestDatabase#REPLIES_PER_ACCOUNT_PER_MINUTE} replies a minute for
 * a member of an unverified organisation, twice as many for a verified one): the one over the
 * limit is a 429 with Retry-After on the API and a sentence on the page, and nothing of it is
 * written; a member of a verified organisation writes on. Links in a new member's post are
 * counted (at most 3).
 */
class PostingLimitsIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    @Test
    void threadsPerHourDependOnTheOrganisationBeingVerified() throws Exception {
        String board = newBoard();
        TestAccounts.Caller newcomer = accounts.withRole("MEMBER");
        Api member = anonymous.as(newcomer.token());
        int limit = TestDatabase.THREADS_PER_ACCOUNT_PER_HOUR;
        inParallel(limit, i -> member.post("boards/" + board + "/threads", thread("Limits thread " + i, "Body " + i)));

        // the bucket refills gradually (one thread every 90 s here): a slow run may get one or two more in
        int written = limit;
        Api.Reply refused = member.post("boards/" + board + "/threads", thread("One thread too many", "Over the limit " + written));
        while (refused.status() == 201 && written < limit + 3) {
            written++;
            refused = member.post("boards/" + board + "/threads", thread("One thread too many", "Over the limit " + written));
        }
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).startsWith("You have started as many threads as you may in a short time; try again in");
        long retryAfter = Long.parseLong(refused.response().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(threadsBy(newcomer.id())).isEqualTo(written);

        // the page says the same, and writes nothing either
        FormSession pages = new FormSession(base);
        pages.signIn(newcomer.email(), TestAccounts.PASSWORD);
        HttpResponse<String> page = pages.submit("new-thread/" + board, "thread", Map.of("thread:title", "Over the limit on the page",
                "thread:type", "EXPERIENCE", "thread:body", "Written on the page", "thread:language", "en",
                "thread:submit", "Start the thread"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You have started as many threads as you may in a short time; try again in");
        assertThat(threadsBy(newcomer.id())).isEqualTo(written);

        // a member of a verified organisation may start more
        TestAccounts.Caller verified = verifiedMember();
        Api trusted = anonymous.as(verified.token());
        inParallel(limit + 1, i -> trusted.post("boards/" + board + "/threads", thread("Verified thread " + i, "Body " + i)));
        assertThat(threadsBy(verified.id())).isEqualTo(limit + 1);
    }

    @Test
    void repliesPerMinuteAreLimitedAndTheRefusedOneIsNotWritten() throws Exception {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = author.post("boards/" + newBoard() + "/threads", thread("A thread to reply to", "Replies below"))
                .json().getJsonNumber("id").longValue();
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        int limit = TestDatabase.REPLIES_PER_ACCOUNT_PER_MINUTE;
        inParallel(limit, i -> member.post("threads/" + thread + "/posts", body("Reply number " + i)));

        // one more every second refills: write on until refused (a slow run gets a few more in)
        int written = limit;
        Api.Reply refused = member.post("threads/" + thread + "/posts", body("Over the limit " + written));
        while (refused.status() == 201 && written < 2 * limit) {
            written++;
            refused = member.post("threads/" + thread + "/posts", body("Over the limit " + written));
        }
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.json().getString("detail")).startsWith("You have written as many replies as you may in a short time");
        assertThat(anonymous.get("threads/" + thread).json().getInt("replyCount")).isEqualTo(written);
    }

    @Test
    void aNewMembersPostHoldsAtMostThreeLinks() throws Exception {
        String board = newBoard();
        TestAccounts.Caller newcomer = accounts.withRole("MEMBER");
        Api member = anonymous.as(newcomer.token());
        String fourLinks = "Cheap masks at https://one.example/a, [two](https://two.example/b), <https://three.example> "
                + "and www.four.example — and again https://one.example/a";

        Api.Reply refused = member.post("boards/" + board + "/threads", thread("Four links", fourLinks));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Use at most 3 links in a post until your organisation is verified (this has 4)");
        assertThat(threadsBy(newcomer.id())).isZero();

        String threeLinks = "Masks at https://one.example/a, [two](https://two.example/b) and www.four.example";
        Api.Reply started = member.post("boards/" + board + "/threads", thread("Three links", threeLinks));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long thread = started.json().getJsonNumber("id").longValue();
        Api.Reply reply = member.post("threads/" + thread + "/posts", body(fourLinks));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(anonymous.get("threads/" + thread).json().getInt("replyCount")).isZero();

        // a member of a verified organisation is not counted
        Api trusted = anonymous.as(verifiedMember().token());
        assertThat(trusted.post("threads/" + thread + "/posts", body(fourLinks)).status()).isEqualTo(201);
    }

    private TestAccounts.Caller verifiedMember() {
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        long organisation = anonymous.as(member.token()).get("me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        Api.Reply verified = moderator.post("moderation/organisations/" + organisation + "/verify", "");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return member;
    }

    private String newBoard() {
        String slug = "limits-" + System.nanoTime();
        Api.Reply created = anonymous.as(accounts.adminToken()).post("admin/boards", Json.createObjectBuilder().add("slug", slug)
                .add("name", "Limits " + slug).add("description", "Made by PostingLimitsIT").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return slug;
    }

    private static String thread(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("type", "experience").add("body", body).build().toString();
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    /** Sends n writes four at a time; each must be created. */
    private static void inParallel(int n, IntFunction<Api.Reply> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                replies.add(pool.submit(() -> write.apply(index)));
            }
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long threadsBy(long authorId) throws SQLException {
        try (Connection db = TestDatabase.SHARED.open();
             PreparedStatement sql = db.prepareStatement("SELECT COUNT(*) FROM forum_thread WHERE author_id = ?")) {
            sql.setLong(1, authorId);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Moderation.board;
import static eu.clusterhub.moderation.Moderation.column;
import static eu.clusterhub.moderation.Moderation.firstPost;
import static eu.clusterhub.moderation.Moderation.flag;
import static eu.clusterhub.moderation.Moderation.flagBody;
import static eu.clusterhub.moderation.Moderation.reply;
import static eu.clusterhub.moderation.Moderation.thread;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.TestListings;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members flag posts, threads, offers, needs and messages: once each, never their own, hidden at the threshold. */
class FlagsIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private Api member() {
        return anonymous.as(accounts.withRole("MEMBER").token());
    }

    @Test
    void aMemberFlagsAnItemOnceAndNeverTheirOwn() throws Exception {
        Api author = member();
        Api reporter = member();
        String board = board(anonymous, accounts);
        long thread = thread(author, board, "Cheap masks, pay upfront", "en");
        long post = firstPost(anonymous, thread);

        Api.Reply flagged = reporter.post("flags", flagBody("post", post, "fraud").add("note", "<script>alert(1)</script> asks for prepayment")
                .build().toString());
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
        assertThat(flagged.json().getString("reason")).isEqualTo("fraud");
        assertThat(flagged.json().getBoolean("hidden")).isFalse();
        assertThat(column("SELECT note FROM flag WHERE id = ?", flagged.json().getJsonNumber("id").longValue()))
                .isEqualTo("<script>alert(1)</script> asks for prepayment");

        Api.Reply again = flag(reporter, "post", post, "spam");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already flagged");
        Api.Reply own = flag(author, "thread", thread, "spam");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.body()).contains("your own thread");
        assertThat(column("SELECT COUNT(*) FROM flag WHERE target_type = 'post' AND target_id = ?", post)).isEqualTo("1");
    }

    @Test
    void badFlagsAreRefusedWithAClearMessageAndNothingWritten() throws Exception {
        Api author = member();
        Api reporter = member();
        long thread = thread(author, board(anonymous, accounts), "Ventilator parts", "en");
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put(flagBody("comment", thread, "spam").build().toString(), 400);
        cases.put(flagBody("thread", thread, "boring").build().toString(), 400);
        cases.put(flagBody("thread", thread, "other").build().toString(), 400);
        cases.put(flagBody("thread", thread, "other").add("note", "x".repeat(1001)).build().toString(), 400);
        cases.put(flagBody("thread", thread, "inaccurate").add("announcementId", 999_999_999L).build().toString(), 400);
        cases.put(flagBody("thread", 999_999_999L, "spam").build().toString(), 404);
        cases.put(flagBody("message", 999_999_999L, "spam").build().toString(), 404);
        cases.put("{\"targetType\":\"thread\",\"reason\":\"spam\"}", 400);
        cases.put("[1,2]", 400);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            Api.Reply refused = reporter.post("flags", c.getKey());
            assertThat(refused.status()).as(c.getKey() + " → " + refused).isEqualTo(c.getValue());
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(column("SELECT COUNT(*) FROM flag WHERE target_type = 'thread' AND target_id = ?", thread)).isEqualTo("0");
        assertThat(reporter.post("flags", flagBody("thread", thread, "spam").build().toString()).status()).isEqualTo(201);
    }

    @Test
    void threeMembersFlagsHideAReplyUntilReviewedButItsAuthorStillSeesItWithTheReason() throws Exception {
        Api author = member();
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Where to find nitrile gloves", "en");
        long post = reply(author, thread, "Buy from my shop, **best prices**");
        for (int i = 1; i <= 3; i++) {
            Api.Reply flagged = flag(member(), "post", post, "spam");
            assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
            assertThat(flagged.json().getBoolean("hidden")).as("after flag %d", i).isEqualTo(i == 3);
        }
        assertThat(column("SELECT moderation FROM post WHERE id = ?", post)).isEqualTo("HIDDEN");

        JsonObject seen = anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(1);
        assertThat(seen.getString("bodyHtml")).isEmpty();
        assertThat(seen.getString("moderation")).isEqualTo("hidden");
        JsonObject own = author.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(1);
        assertThat(own.getString("bodyHtml")).contains("best prices");
        assertThat(own.getString("moderationNotice")).contains("Hidden by a moderator").contains("Several members reported it");
        assertThat(Moderation.item(anonymous.as(accounts.withRole("MODERATOR").token()), board, "post", post).getInt("flagCount"))
                .isEqualTo(3);
        // a hidden item is not flagged again by those who cannot see it
        assertThat(flag(member(), "post", post, "spam").status()).isEqualTo(404);
    }

    @Test
    void offersAndConversationMessagesAreFlaggedButMessagesOnlyByTheConversationsMembers() {
        Api supplier = member();
        Api buyer = member();
        long offer = TestListings.offer(supplier, "PA12 printed valves, pay upfront");
        long need = TestListings.need(buyer, "Valves for Bergamo", 2000);
        Api.Reply opened = buyer.post("needs/" + need + "/contacts", Json.createObjectBuilder().add("offerId", offer)
                .add("message", "Send me your bank details").build().toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long message = opened.json().getJsonObject("message").getJsonNumber("id").longValue();

        assertThat(flag(buyer, "offer", offer, "fraud").status()).isEqualTo(201);
        assertThat(flag(member(), "need", need, "off-topic").status()).isEqualTo(201);
        Api.Reply outsider = flag(member(), "message", message, "spam");
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.body()).contains("Only the two members of a conversation");
        assertThat(flag(buyer, "message", message, "spam").status()).as("own message").isEqualTo(409);
        assertThat(flag(supplier, "message", message, "fraud").status()).isEqualTo(201);
    }

    @Test
    void onlyMembersWhoMayWriteFlag() throws Exception {
        long thread = thread(member(), board(anonymous, accounts), "Role matrix thread", "en");
        TestAccounts.Caller silenced = accounts.withRole("MEMBER");
        Moderation.update("UPDATE account SET silenced_until = ? WHERE id = ?",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1), silenced.id());
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("unconfirmed", accounts.unverified().token());
        tokens.put("member", accounts.withRole("MEMBER").token());
        tokens.put("moderator", accounts.withRole("MODERATOR").token());
        tokens.put("admin", accounts.withRole("ADMIN").token());
        tokens.put("suspended", accounts.suspended().token());
        tokens.put("silenced", silenced.token());
        Map<String, Integer> expected = Map.of("anonymous", 401, "unconfirmed", 403, "member", 201, "moderator", 201,
                "admin", 201, "suspended", 401, "silenced", 403);
        for (Map.Entry<String, String> caller : tokens.entrySet()) {
            Api api = caller.getValue() == null ? anonymous : anonymous.as(caller.getValue());
            Api.Reply reply = flag(api, "thread", thread, "off-topic");
            assertThat(reply.status()).as(caller.getKey() + ": " + reply).isEqualTo(expected.get(caller.getKey()));
        }
        assertThat(flag(anonymous.as(silenced.token()), "thread", thread, "spam").body()).contains("read-only");
        assertThat(List.of(column("SELECT COUNT(*) FROM flag WHERE target_type = 'thread' AND target_id = ?", thread))).containsExactly("3");
    }
}

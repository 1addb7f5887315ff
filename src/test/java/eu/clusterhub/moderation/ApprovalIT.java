package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.TestListings;
import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is held for approval as it is written: the first two posts of a member whose
 * organisation is not verified and every offer and need of such a member (turned on here
 * through the admin setting, since the test server holds nothing by default, and put back
 * after each test), and the third identical text of any member within ten minutes, as spam.
 * A held item is the author's alone, marked "awaiting approval", until a moderator approves
 * it in the review queue: then everyone sees it, search finds it and its notifications go out.
 */
class ApprovalIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;
    private Api admin;

    @BeforeEach
    void holdFirstPostsAndListings() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        admin = anonymous.as(accounts.adminToken());
        Api.Reply set = admin.put("admin/moderation/settings", "{\"approveFirstPosts\":2,\"approveOffersAndNeeds\":true}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().getInt("approveFirstPosts")).isEqualTo(2);
        assertThat(set.json().getJsonObject("overridden").getBoolean("approveFirstPosts")).isTrue();
    }

    @AfterEach
    void backToTheTestServersDefaults() {
        Api.Reply reset = admin.delete("admin/moderation/settings");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().getInt("approveFirstPosts")).isZero();
        assertThat(reset.json().getBoolean("approveOffersAndNeeds")).isFalse();
    }

    @Test
    void aNewMembersFirstTwoPostsWaitForApprovalThenAreSeenFoundAndNotified() {
        String board = "approval-" + System.nanoTime();
        long boardId = Notifications.board(anonymous, accounts, board);
        TestAccounts.Caller watcher = Notifications.member(anonymous, accounts, "Wanda Watcher " + System.nanoTime());
        assertThat(anonymous.as(watcher.token()).put("watches", Notifications.watch("board", boardId, "watching")).status()).isEqualTo(200);
        TestAccounts.Caller newcomer = accounts.withRole("MEMBER");
        Api author = anonymous.as(newcomer.token());
        Api other = anonymous.as(accounts.withRole("MEMBER").token());
        String word = word();

        Api.Reply started = author.post("boards/" + board + "/threads", thread("Masks from our new line", "We make " + word + " masks."));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().getString("moderation")).isEqualTo("pending");
        long thread = id(started);

        // the author's alone, marked; nobody else finds it anywhere, nobody is told of it
        assertThat(anonymous.get("threads/" + thread).status()).isEqualTo(404);
        assertThat(other.get("threads/" + thread).status()).isEqualTo(404);
        JsonObject own = author.get("threads/" + thread).json();
        assertThat(own.getString("moderationNotice")).isEqualTo("Awaiting approval: only you can see this until a moderator approves it.");
        assertThat(anonymous.get("boards/" + board + "/threads").body()).doesNotContain("Masks from our new line");
        Notifications.awaitFanOut();
        assertThat(kinds(watcher)).isEmpty();
        assertThat(hits(word)).isEmpty();

        // a moderator approves it in the queue: now everyone sees it, search finds it, the watcher hears of it
        approve("thread", thread);
        assertThat(anonymous.get("threads/" + thread).json().getString("moderation")).isEqualTo("visible");
        assertThat(waitForHits(word)).isNotEmpty();
        Notifications.awaitFanOut();
        assertThat(kinds(watcher)).containsExactly("board-thread");

        // the second post is held too (one approved so far); once it is approved, the third goes out at once
        long reply = id(author.post("threads/" + thread + "/posts", body("Sizes S to XL.")));
        assertThat(other.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(1).getString("bodyHtml")).isEmpty();
        approve("post", reply);
        assertThat(other.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(1).getString("bodyHtml"))
                .contains("Sizes S to XL.");
        Api.Reply third = author.post("threads/" + thread + "/posts", body("Shipping from Monday."));
        assertThat(third.json().getString("moderation")).isEqualTo("visible");
        assertThat(openItems(newcomer.id())).isZero();
    }

    @Test
    void offersAndNeedsOfNewMembersWaitThoseOfVerifiedOrganisationsDoNot() {
        TestAccounts.Caller newcomer = accounts.withRole("MEMBER");
        Api newMember = anonymous.as(newcomer.token());
        long offer = TestListings.offer(newMember, "Valves from a new supplier");
        long need = TestListings.need(newMember, "Valves for a new clinic", 50);
        assertThat(anonymous.get("offers/" + offer).status()).isEqualTo(404);
        assertThat(anonymous.get("needs/" + need).status()).isEqualTo(404);
        assertThat(newMember.get("offers/" + offer).json().getString("moderationNotice")).startsWith("Awaiting approval");
        assertThat(Notifications.numbers("SELECT target_id FROM moderation_item WHERE author_id = ? AND kind = 'APPROVAL'"
                + " AND status = 'OPEN' ORDER BY id", newcomer.id())).containsExactly(offer, need);

        Api verified = anonymous.as(verifiedMember().token());
        long trustedOffer = TestListings.offer(verified, "Valves from a verified supplier");
        assertThat(anonymous.get("offers/" + trustedOffer).status()).isEqualTo(200);
        Api.Reply thread = verified.post("boards/best-practices/threads", thread("A verified member's first post", "Nothing held."));
        assertThat(thread.json().getString("moderation")).isEqualTo("visible");

        approve("offer", offer);
        assertThat(anonymous.get("offers/" + offer).status()).isEqualTo(200);
    }

    @Test
    void theSameTextThreeTimesWithinTenMinutesIsHeldAsSpamFromTheThirdOn() {
        Api spammer = anonymous.as(verifiedMember().token());
        long thread = id(spammer.post("boards/best-practices/threads", thread("Cheap masks", "Ask for our price list.")));
        long first = id(spammer.post("threads/" + thread + "/posts", body("Buy masks now at half price!")));
        long second = id(spammer.post("threads/" + thread + "/posts", body("buy masks   NOW at half price!")));
        Api.Reply third = spammer.post("threads/" + thread + "/posts", body(" Buy masks now\nat half price! "));
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(third.json().getString("moderation")).isEqualTo("pending");
        Api.Reply fourth = spammer.post("threads/" + thread + "/posts", body("Buy masks now at half price!"));
        assertThat(fourth.json().getString("moderation")).isEqualTo("pending");
        Api.Reply different = spammer.post("threads/" + thread + "/posts", body("Delivery within a week."));
        assertThat(different.json().getString("moderation")).isEqualTo("visible");
        assertThat(Notifications.numbers("SELECT target_id FROM moderation_item WHERE target_type = 'post' AND kind = 'SPAM'"
                + " AND target_id IN (?, ?, ?, ?) ORDER BY target_id", first, second, id(third), id(fourth)))
                .containsExactly(id(third), id(fourth));

        // conversation messages likewise
        Api buyer = anonymous.as(verifiedMember().token());
        long need = TestListings.need(buyer, "Valves wanted", 100);
        long offer = TestListings.offer(spammer, "Valves, cheap");
        long conversation = id(spammer.post("offers/" + offer + "/contacts", Json.createObjectBuilder().add("needId", need)
                .add("message", "Best valves, visit our shop").build().toString()));
        for (int i = 0; i < 2; i++) {
            Api.Reply sent = spammer.post("conversations/" + conversation + "/messages", message("Best valves, visit our shop"));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        assertThat(Notifications.numbers("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ?"
                + " AND moderation = 'PENDING'", conversation)).containsExactly(1L);
    }

    @Test
    void onlyAdminsChangeTheSettingsAndNonsenseIsRefused() {
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        assertThat(moderator.put("admin/moderation/settings", "{\"approveFirstPosts\":0}").status()).isEqualTo(403);
        assertThat(moderator.get("admin/moderation/settings").status()).isEqualTo(403);
        assertThat(anonymous.get("admin/moderation/settings").status()).isEqualTo(401);
        Api.Reply negative = admin.put("admin/moderation/settings", "{\"approveFirstPosts\":-1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Give a number from 0 (hold none) to 50");
        assertThat(admin.put("admin/moderation/settings", "{\"approveOffersAndNeeds\":\"yes\"}").status()).isEqualTo(400);
        assertThat(admin.put("admin/moderation/settings", "{}").status()).isEqualTo(400);
        JsonObject unchanged = admin.get("admin/moderation/settings").json();
        assertThat(unchanged.getInt("approveFirstPosts")).isEqualTo(2);
        assertThat(unchanged.getBoolean("approveOffersAndNeeds")).isTrue();
        assertThat(unchanged.getJsonObject("defaults").getInt("approveFirstPosts")).isZero();

        // with none to approve, a new member's first post goes out at once
        assertThat(admin.put("admin/moderation/settings", "{\"approveFirstPosts\":0}").status()).isEqualTo(200);
        Api newcomer = anonymous.as(accounts.withRole("MEMBER").token());
        assertThat(newcomer.post("boards/best-practices/threads", thread("Straight out", "No approval needed now."))
                .json().getString("moderation")).isEqualTo("visible");
    }

    @Test
    void adminsChangeTheSettingsOnTheirPageOthersDoNotSeeIt() throws Exception {
        FormSession page = new FormSession(base);
        page.signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
        HttpResponse<String> shown = page.get("admin/moderation");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("First posts held for approval").contains("value=\"2\"");

        HttpResponse<String> refused = page.submit("admin/moderation", "settings", Map.of("settings:first-posts", "51",
                "settings:offers-and-needs", "true", "settings:save", "Save"));
        assertThat(refused.body()).contains("Give a number from 0 (hold none) to 50");
        assertThat(admin.get("admin/moderation/settings").json().getInt("approveFirstPosts")).isEqualTo(2);

        // the box left unticked: offers and needs are no longer held
        HttpResponse<String> saved = page.submit("admin/moderation", "settings", Map.of("settings:first-posts", "1",
                "settings:save", "Save"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved.");
        JsonObject now = admin.get("admin/moderation/settings").json();
        assertThat(now.getInt("approveFirstPosts")).isEqualTo(1);
        assertThat(now.getBoolean("approveOffersAndNeeds")).isFalse();

        Map<String, Integer> expected = Map.of("anonymous", 302, "member", 403, "moderator", 403, "admin", 200);
        Map<String, String> tokens = Map.of("member", accounts.withRole("MEMBER").token(),
                "moderator", accounts.withRole("MODERATOR").token(), "admin", accounts.adminToken());
        for (var role : expected.entrySet()) {
            for (String path : List.of("admin/moderation", "moderation/dashboard")) {
                HttpResponse<String> response = Http.send(java.net.http.HttpRequest.newBuilder(Http.resolve(base, path)).GET()
                        .headers(tokens.containsKey(role.getKey()) ? new String[] {"Authorization", "Bearer " + tokens.get(role.getKey())}
                                : new String[] {"Accept", "text/html"}));
                int wanted = path.startsWith("moderation") && role.getKey().equals("moderator") ? 200 : role.getValue();
                assertThat(response.statusCode()).as(role.getKey() + " " + path).isEqualTo(wanted);
                if (wanted == 200) {
                    assertThat(HtmlChecker.errors(response.body())).as("HTML errors on /%s", path).isEmpty();
                }
            }
        }
    }

    /** A moderator approves the open review item of the target through the queue's API. */
    private void approve(String type, long id) {
        long item = Notifications.number("SELECT id FROM moderation_item WHERE target_type = ? AND target_id = ? AND status = 'OPEN'", type, id);
        long version = Notifications.number("SELECT version FROM moderation_item WHERE id = ?", item);
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        Api.Reply approved = moderator.post("moderation/items/" + item + "/actions", Json.createObjectBuilder()
                .add("action", "approve").add("reason", "Looks fine").add("version", version).build().toString());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private TestAccounts.Caller verifiedMember() {
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        long organisation = anonymous.as(member.token()).get("me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        assertThat(moderator.post("moderation/organisations/" + organisation + "/verify", "").status()).isEqualTo(200);
        return member;
    }

    private long openItems(long authorId) {
        return Notifications.number("SELECT COUNT(*) FROM moderation_item WHERE author_id = ? AND status = 'OPEN'", authorId);
    }

    private List<String> kinds(TestAccounts.Caller caller) {
        return anonymous.as(caller.token()).get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("kind")).toList();
    }

    private List<JsonObject> hits(String word) {
        return anonymous.get("search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).json().getJsonArray("hits")
                .getValuesAs(JsonObject.class);
    }

    private List<JsonObject> waitForHits(String word) {
        long deadline = System.currentTimeMillis() + 10_000;
        List<JsonObject> hits = hits(word);
        while (hits.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            hits = hits(word);
        }
        return hits;
    }

    /** A word nobody else writes, letters only (the index stems words). */
    private static String word() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private static long id(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String thread(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("type", "experience").add("body", body).build().toString();
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    private static String message(String text) {
        return Json.createObjectBuilder().add("message", text).build().toString();
    }
}

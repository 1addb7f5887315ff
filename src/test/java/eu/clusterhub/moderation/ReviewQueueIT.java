package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Moderation.act;
import static eu.clusterhub.moderation.Moderation.action;
import static eu.clusterhub.moderation.Moderation.board;
import static eu.clusterhub.moderation.Moderation.column;
import static eu.clusterhub.moderation.Moderation.flag;
import static eu.clusterhub.moderation.Moderation.item;
import static eu.clusterhub.moderation.Moderation.moderationNotices;
import static eu.clusterhub.moderation.Moderation.reply;
import static eu.clusterhub.moderation.Moderation.thread;
import static eu.clusterhub.moderation.Moderation.update;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.TestListings;
import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review queue and its actions over HTTP: what authors and reporters see, versions, sanctions, roles. */
class ReviewQueueIT extends DeployedPortal {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Api anonymous;
    private TestAccounts accounts;
    private Api moderator;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        moderator = anonymous.as(accounts.withRole("MODERATOR").token());
    }

    private Api member() {
        return anonymous.as(accounts.withRole("MEMBER").token());
    }

    private JsonObject post(Api reader, long thread, int index) {
        return reader.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(index);
    }

    @Test
    void hidingShowsTheReasonToTheAuthorEscapedAndTellsTheReporterTheOutcome() throws Exception {
        TestAccounts.Caller authorAccount = accounts.withRole("MEMBER");
        Api author = anonymous.as(authorAccount.token());
        Api reporter = member();
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Disinfectant in bulk", "en");
        long post = reply(author, thread, "Prepay 5000 EUR and get 10 tonnes");
        assertThat(reporter.post("flags", Moderation.flagBody("post", post, "fraud").add("note", "Classic prepayment scam")
                .build().toString()).status()).isEqualTo(201);

        JsonObject item = item(moderator, board, "post", post);
        assertThat(item.getString("kind")).isEqualTo("flagged");
        assertThat(item.getJsonArray("flags").getJsonObject(0).getString("note")).isEqualTo("Classic prepayment scam");
        assertThat(item.getJsonArray("flags").getJsonObject(0).getJsonObject("reporter").getString("displayName")).isEqualTo("Test MEMBER");
        assertThat(item.getJsonObject("author").getJsonNumber("posts").longValue()).isEqualTo(1);
        assertThat(item.getJsonObject("author").getBoolean("verified")).isFalse();
        assertThat(item.getJsonObject("target").getString("excerpt")).contains("Prepay 5000 EUR");

        String reason = "<img src=x onerror=alert(1)> Looks like a prepayment scam";
        Api.Reply hidden = act(moderator, item, action("hide", reason));
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(hidden.json().getString("status")).isEqualTo("resolved");
        assertThat(hidden.json().getString("outcome")).isEqualTo("hide");
        assertThat(hidden.json().getString("firstActionAt")).isNotBlank();

        assertThat(post(anonymous, thread, 1).getString("bodyHtml")).isEmpty();
        assertThat(post(author, thread, 1).getString("moderationNotice")).isEqualTo("Hidden by a moderator: " + reason);
        String page = page("threads/" + thread, authorAccount.token()).body();
        assertThat(page).contains("Hidden by a moderator: &lt;img src=x onerror=alert(1)&gt; Looks like").doesNotContain("<img src=x");
        assertThat(page("threads/" + thread, null).body()).contains("This post was hidden by a moderator.").doesNotContain("Prepay 5000");

        assertThat(moderationNotices(author)).singleElement().satisfies(n -> assertThat(n.getString("summary"))
                .contains("hid your post").contains("prepayment scam"));
        assertThat(moderationNotices(reporter)).singleElement().satisfies(n -> assertThat(n.getString("summary"))
                .contains("you reported").contains("it was hidden").doesNotContain("prepayment scam"));

        Api.Reply late = act(moderator, item, action("keep", null));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Another moderator acted on this item meanwhile");
    }

    @Test
    void keepDismissesTheFlagsAndShowsAHiddenItemAgainInSearchToo() throws Exception {
        String board = board(anonymous, accounts);
        String word = uniqueWord();
        long thread = thread(member(), board, "Face shields from Lyon " + word, "fr");
        awaitSearch(word, true);
        List<Api> reporters = List.of(member(), member(), member());
        reporters.forEach(r -> assertThat(flag(r, "thread", thread, "off-topic").status()).isEqualTo(201));
        assertThat(anonymous.get("threads/" + thread).status()).as("hidden at the threshold").isEqualTo(404);
        assertThat(anonymous.get("boards/" + board + "/threads").json().getInt("total")).isZero();
        awaitSearch(word, false);

        Api.Reply kept = act(moderator, item(moderator, board, "thread", thread), action("keep", null));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(anonymous.get("threads/" + thread).status()).isEqualTo(200);
        assertThat(anonymous.get("boards/" + board + "/threads").json().getInt("total")).isEqualTo(1);
        assertThat(Moderation.queue(moderator, "board=" + board)).isEmpty();
        awaitSearch(word, true);
        for (Api reporter : reporters) {
            assertThat(moderationNotices(reporter)).singleElement()
                    .satisfies(n -> assertThat(n.getString("summary")).contains("it stays"));
        }
    }

    @Test
    void editAndApproveKeepsAModeratorsRevisionAndDeleteRemovesAPost() throws Exception {
        Api author = member();
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Gowns wanted", "en");
        long edited = reply(author, thread, "Call me at +39 333 1234567, cheap gowns, bit.ly/xyz");
        long removed = reply(author, thread, "Buy followers now");
        assertThat(flag(member(), "post", edited, "spam").status()).isEqualTo(201);
        assertThat(flag(member(), "post", removed, "spam").status()).isEqualTo(201);

        Api.Reply refused = act(moderator, item(moderator, board, "post", edited), action("edit", null));
        assertThat(refused.status()).as("edit without a body").isEqualTo(400);
        Api.Reply done = act(moderator, item(moderator, board, "post", edited), action("edit", "Removed the link")
                .add("body", "Cheap gowns available; contact me through the portal."));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(post(anonymous, thread, 1).getString("bodyHtml")).contains("contact me through the portal").doesNotContain("bit.ly");
        List<JsonObject> revisions = anonymous.get("posts/" + edited + "/revisions").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getBoolean("byModerator")).containsExactly(false, true);
        assertThat(moderationNotices(author)).singleElement().satisfies(n -> assertThat(n.getString("summary"))
                .contains("edited and approved your post").contains("Removed the link"));

        assertThat(act(moderator, item(moderator, board, "post", removed), action("delete", "Spam")).status()).isEqualTo(200);
        assertThat(post(anonymous, thread, 2).getBoolean("deleted")).isTrue();
        assertThat(post(anonymous, thread, 2).getString("bodyHtml")).isEmpty();
    }

    @Test
    void approvingHeldItemsShowsThemAndSendsTheirNotificationsThen() throws Exception {
        TestAccounts.Caller starter = accounts.withRole("MEMBER");
        Api author = member();
        String board = board(anonymous, accounts);
        long thread = thread(anonymous.as(starter.token()), board, "Oxygen concentrators", "en");
        long post = reply(author, thread, "We repair concentrators in Graz");
        Notifications.awaitFanOut();
        long repliesBefore = Notifications.number("SELECT COUNT(*) FROM notification WHERE account_id = ? AND kind = 'reply'", starter.id());
        // held as a first post would be: PENDING with an open approval item
        update("UPDATE post SET moderation = 'PENDING' WHERE id = ?", post);
        update("INSERT INTO moderation_item (target_type, target_id, kind, status, hold_reason, author_id, language, board_id, created_at)"
                + " SELECT 'post', p.id, 'APPROVAL', 'OPEN', 'First post', p.author_id, p.language, t.board_id, NOW(6)"
                + " FROM post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = ?", post);
        assertThat(post(anonymous, thread, 1).getString("bodyHtml")).isEmpty();
        assertThat(post(author, thread, 1).getString("moderationNotice")).startsWith("Awaiting approval");

        JsonObject item = item(moderator, board, "post", post);
        assertThat(item.getString("kind")).isEqualTo("approval");
        assertThat(item.getString("holdReason")).isEqualTo("First post");
        assertThat(act(moderator, item, action("approve", null)).status()).isEqualTo(200);
        assertThat(post(anonymous, thread, 1).getString("bodyHtml")).contains("Graz");
        Notifications.awaitFanOut();
        assertThat(Notifications.number("SELECT COUNT(*) FROM notification WHERE account_id = ? AND kind = 'reply'", starter.id()))
                .as("the reply's notification goes out on approval").isEqualTo(repliesBefore + 1);

        Api owner = member();
        long offer = TestListings.offer(owner, "Held offer of printed valves");
        update("UPDATE offer SET moderation = 'PENDING' WHERE id = ?", offer);
        assertThat(anonymous.get("offers/" + offer).status()).isEqualTo(404);
        assertThat(owner.get("offers/" + offer).json().getString("moderationNotice")).startsWith("Awaiting approval");
        assertThat(anonymous.get("offers?size=100").body()).doesNotContain("Held offer of printed valves");
    }

    @Test
    void warningSilencingAndSuspendingTheAuthorEndAtTheirDate() throws Exception {
        TestAccounts.Caller authorAccount = accounts.withRole("MEMBER");
        Api author = anonymous.as(authorAccount.token());
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Testing kits", "en");
        long post = reply(author, thread, "You are all idiots");
        assertThat(flag(member(), "post", post, "offensive").status()).isEqualTo(201);

        assertThat(act(moderator, item(moderator, board, "post", post), action("warn", null)).status()).as("no reason").isEqualTo(400);
        assertThat(act(moderator, item(moderator, board, "post", post), action("warn", "Be civil")).status()).isEqualTo(200);
        assertThat(moderationNotices(author)).singleElement().satisfies(n -> assertThat(n.getString("summary"))
                .contains("warns you").contains("Be civil"));

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Api.Reply silenced = act(moderator, item(moderator, board, "post", post), action("silence", "Cool down").add("until", tomorrow));
        assertThat(silenced.status()).as(silenced.toString()).isEqualTo(200);
        assertThat(silenced.json().getString("status")).as("acting on the author leaves the item open").isEqualTo("open");
        Api.Reply refused = author.post("threads/" + thread + "/posts", "{\"body\":\"Still here\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("read-only");
        assertThat(author.post("boards/" + board + "/threads", "{\"title\":\"x\",\"type\":\"question\",\"body\":\"y\"}").status()).isEqualTo(403);
        assertThat(author.post("offers", "{}").status()).isEqualTo(403);
        assertThat(author.get("me").status()).as("silenced members still read and sign in").isEqualTo(200);
        update("UPDATE account SET silenced_until = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), authorAccount.id());
        assertThat(reply(author, thread, "Sorry about that")).isPositive();

        Api.Reply suspended = act(moderator, item(moderator, board, "post", post), action("suspend", "Repeated insults").add("until", tomorrow));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(author.get("me").status()).isEqualTo(401);
        Api.Reply signIn = anonymous.post("tokens", Json.createObjectBuilder().add("email", authorAccount.email())
                .add("password", TestAccounts.PASSWORD).add("name", "again").build().toString());
        assertThat(signIn.status()).isEqualTo(403);
        update("UPDATE account SET suspended_until = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), authorAccount.id());
        assertThat(author.get("me").status()).isEqualTo(200);
        assertThat(column("SELECT sanction_reason FROM account WHERE id = ?", authorAccount.id())).isEqualTo("Repeated insults");
    }

    @Test
    void ofTwoModeratorsActingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Respirators from Tallinn", "et");
        assertThat(flag(member(), "thread", thread, "spam").status()).isEqualTo(201);
        JsonObject item = item(moderator, board, "thread", thread);
        Api other = anonymous.as(accounts.withRole("MODERATOR").token());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Reply>> both = List.of(() -> act(moderator, item, action("hide", "Spam")), () -> act(other, item, action("keep", null)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(both)) {
                statuses.add(f.get().status());
                if (f.get().status() == 409) {
                    assertThat(f.get().body()).contains("Another moderator acted on this item meanwhile");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(column("SELECT action_count FROM moderation_item WHERE id = ?", item.getJsonNumber("id").longValue())).isEqualTo("1");
    }

    @Test
    void badActionsAreRefusedWithAClearMessage() throws Exception {
        String board = board(anonymous, accounts);
        long thread = thread(member(), board, "Gloves", "en");
        assertThat(flag(member(), "thread", thread, "spam").status()).isEqualTo(201);
        JsonObject item = item(moderator, board, "thread", thread);
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("{\"action\":\"burn\",\"version\":0}", 400);
        cases.put("{\"action\":\"hide\",\"version\":0}", 400);
        cases.put("{\"action\":\"hide\",\"reason\":\"" + "x".repeat(501) + "\",\"version\":0}", 400);
        cases.put("{\"action\":\"keep\"}", 400);
        cases.put("{\"action\":\"silence\",\"reason\":\"r\",\"until\":\"2020-01-01\",\"version\":0}", 400);
        cases.put("{\"action\":\"suspend\",\"reason\":\"r\",\"until\":\"soon\",\"version\":0}", 400);
        cases.put("{\"action\":\"keep\",\"version\":99}", 409);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            Api.Reply refused = moderator.post("moderation/items/" + item.getJsonNumber("id") + "/actions", c.getKey());
            assertThat(refused.status()).as(c.getKey() + " → " + refused).isEqualTo(c.getValue());
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(moderator.post("moderation/items/999999999/actions", "{\"action\":\"keep\",\"version\":0}").status()).isEqualTo(404);
        assertThat(member().post("moderation/items/" + item.getJsonNumber("id") + "/actions", "{\"action\":\"keep\",\"version\":0}")
                .status()).isEqualTo(403);
        assertThat(moderator.get("moderation/queue?reason=boring").status()).isEqualTo(400);
        assertThat(moderator.put("moderation/coverage", "{\"languages\":[\"xx\"]}").status()).isEqualTo(400);
        JsonObject unchanged = item(moderator, board, "thread", thread);
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(item.getJsonNumber("version").longValue());
        assertThat(unchanged.get("firstActionAt").getValueType()).isEqualTo(jakarta.json.JsonValue.ValueType.NULL);
    }

    @Test
    void theQueueShowsWhatAModeratorCoversFirst() {
        String board = board(anonymous, accounts);
        long german = thread(member(), board, "Masken aus Linz", "de");
        long irish = thread(member(), board, "Maisc ó Ghaillimh", "ga");
        assertThat(flag(member(), "thread", german, "spam").status()).isEqualTo(201);
        assertThat(flag(member(), "thread", irish, "spam").status()).isEqualTo(201);

        assertThat(Moderation.queue(moderator, "board=" + board)).extracting(i -> i.getJsonNumber("targetId").longValue())
                .containsExactly(german, irish);
        Api.Reply covered = moderator.put("moderation/coverage", "{\"languages\":[\"GA\"],\"countries\":[\"ie\"]}");
        assertThat(covered.status()).as(covered.toString()).isEqualTo(200);
        assertThat(moderator.get("moderation/coverage").json().toString()).isEqualTo("{\"languages\":[\"ga\"],\"countries\":[\"IE\"]}");
        List<JsonObject> queue = Moderation.queue(moderator, "board=" + board);
        assertThat(queue).extracting(i -> i.getJsonNumber("targetId").longValue()).containsExactly(irish, german);
        assertThat(queue.get(0).getBoolean("covered")).isTrue();
        assertThat(Moderation.queue(moderator, "board=" + board + "&language=de")).extracting(i -> i.getJsonNumber("targetId").longValue())
                .containsExactly(german);
        assertThat(Moderation.queue(moderator, "board=" + board + "&reason=fraud")).isEmpty();
    }

    @Test
    void everyCallerGetsExactlyWhatTheirRoleAllows() throws Exception {
        long thread = thread(member(), board(anonymous, accounts), "Role matrix", "en");
        TestAccounts.Caller silenced = accounts.withRole("MEMBER");
        update("UPDATE account SET silenced_until = ? WHERE id = ?", LocalDateTime.now(ZoneOffset.UTC).plusDays(1), silenced.id());
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("unconfirmed", accounts.unverified().token());
        callers.put("member", accounts.withRole("MEMBER").token());
        callers.put("moderator", accounts.withRole("MODERATOR").token());
        callers.put("admin", accounts.withRole("ADMIN").token());
        callers.put("suspended", accounts.suspended().token());
        callers.put("silenced", silenced.token());
        // queue, coverage GET, coverage PUT, an action on no item, the queue page, the flag page
        Map<String, List<Integer>> expected = Map.of(
                "anonymous", List.of(401, 401, 401, 401, 302, 302),
                "unconfirmed", List.of(403, 403, 403, 403, 403, 200),
                "member", List.of(403, 403, 403, 403, 403, 200),
                "moderator", List.of(200, 200, 200, 404, 200, 200),
                "admin", List.of(200, 200, 200, 404, 200, 200),
                "suspended", List.of(401, 401, 401, 401, 401, 401),
                "silenced", List.of(403, 403, 403, 403, 403, 200));
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            Api api = caller.getValue() == null ? anonymous : anonymous.as(caller.getValue());
            List<Integer> statuses = List.of(api.get("moderation/queue").status(), api.get("moderation/coverage").status(),
                    api.put("moderation/coverage", "{\"languages\":[],\"countries\":[]}").status(),
                    api.post("moderation/items/999999999/actions", "{\"action\":\"keep\",\"version\":0}").status(),
                    page("moderation", caller.getValue()).statusCode(),
                    page("flag?type=thread&id=" + thread, caller.getValue()).statusCode());
            assertThat(statuses).as(caller.getKey()).isEqualTo(expected.get(caller.getKey()));
        }
    }

    /** A word nobody else writes: letters only, so the search takes it as one term. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("modq");
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 26)));
        }
        return word.toString();
    }

    /** Waits (up to 10 s) until the search finds the word, or no longer does. */
    private void awaitSearch(String word, boolean found) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        int total = -1;
        while (System.currentTimeMillis() < deadline) {
            total = anonymous.get("search?q=" + word).json().getInt("total");
            if ((total > 0) == found) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search for " + word + (found ? " found nothing" : " still finds " + total));
    }

    private HttpResponse<String> page(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(eu.clusterhub.testsupport.Http.resolve(base, path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

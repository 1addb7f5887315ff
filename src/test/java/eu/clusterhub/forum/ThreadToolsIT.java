package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The moderators' thread tools over the API: merge and split keep every post with its author
 * and date, renumber and recount, and search, feeds, watches and old addresses follow; rename,
 * close and reopen; every bad input is a 400 naming the field with nothing moved; the role
 * matrix; two moderators merging the same thread at once.
 */
class ThreadToolsIT extends DeployedPortal {

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
    void mergeMovesEveryPostIntoTheTargetAndTheOldAddressesFollow() throws Exception {
        String word = "merg" + System.nanoTime();
        String board = newBoard();
        TestAccounts.Caller a = accounts.withRole("MEMBER");
        TestAccounts.Caller b = accounts.withRole("MEMBER");
        Api alice = anonymous.as(a.token());
        Api bob = anonymous.as(b.token());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        // written interleaved: the merged thread starts first, its replies fall between the target's
        long source = start(bob, board, "Duplicate about masks", "First post of the duplicate " + word + "first", "question");
        long target = start(alice, board, "Masks for clinics", "Which masks do clinics need?", "question");
        long t1 = reply(bob, target, "FFP2 mostly.", null);
        long s1 = reply(alice, source, "Reply in the duplicate " + word + "reply", null);
        long s2 = reply(bob, source, "Nested under it.", s1);
        long t2 = reply(alice, target, "Thanks.", null);
        assertThat(alice.post("posts/" + s2 + "/helpful", "").status()).isEqualTo(200);
        assertThat(bob.post("posts/" + s1 + "/accept", "").status()).as("the source's solution").isEqualTo(200);
        Map<Long, JsonObject> before = postsById(source);
        before.putAll(postsById(target));
        long firstOfSource = thread(source).getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        // alice has read all of the target, and the duplicate's first post only
        execute("INSERT INTO thread_read (account_id, thread_id, last_read_position, read_at) VALUES (" + a.id() + ", " + target
                + ", 3, NOW()), (" + a.id() + ", " + source + ", 1, NOW()) ON DUPLICATE KEY UPDATE last_read_position ="
                + " VALUES(last_read_position)");

        Api.Reply merged = moderator.post("threads/" + source + "/merge", Json.createObjectBuilder().add("into", target)
                .add("version", thread(source).getJsonNumber("version").longValue()).add("reason", "Same question").build().toString());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().getJsonNumber("id").longValue()).isEqualTo(target);

        JsonObject after = thread(target);
        List<Long> order = after.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
        long firstOfTarget = order.get(0);
        // the target's first post stays first; the rest by date
        assertThat(order).containsExactly(firstOfTarget, firstOfSource, t1, s1, s2, t2);
        assertThat(after.getInt("replyCount")).isEqualTo(5);
        assertThat(after.getInt("total")).isEqualTo(6);
        assertThat(after.isNull("acceptedPostId")).as("the target had no solution; the source's answered another question").isTrue();
        Map<Long, JsonObject> moved = postsById(target);
        for (int i = 0; i < order.size(); i++) {
            JsonObject post = moved.get(order.get(i));
            JsonObject was = before.get(order.get(i));
            assertThat(post.getInt("position")).isEqualTo(i + 1);
            assertThat(post.getJsonObject("author").getJsonNumber("id")).isEqualTo(was.getJsonObject("author").getJsonNumber("id"));
            assertThat(post.getString("createdAt")).isEqualTo(was.getString("createdAt"));
            assertThat(post.getString("bodyHtml")).isEqualTo(was.getString("bodyHtml"));
        }
        assertThat(moved.get(firstOfSource).isNull("parentId")).as("the merged first post is a top-level reply").isTrue();
        assertThat(moved.get(s2).getJsonNumber("parentId").longValue()).isEqualTo(s1);
        assertThat(moved.get(s2).getInt("helpfulCount")).isEqualTo(1);
        assertThat(after.getString("lastActivityAt")).isEqualTo(before.get(t2).getString("createdAt"));
        // read up to the first moved post she never saw: the target's first, the duplicate's first, t1, then s1 (unread)
        assertThat(count("SELECT last_read_position FROM thread_read WHERE account_id = " + a.id() + " AND thread_id = " + target))
                .isEqualTo(3);
        // still a working thread: the next reply takes the next position
        long t3 = reply(bob, target, "After the merge.", s2);
        assertThat(postsById(target).get(t3).getInt("position")).isEqualTo(7);

        // the old addresses: page (post links keep the post), API, feed
        HttpResponse<String> page = Http.get(base, "threads/" + source + "?post=" + s1);
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/threads/" + target + "?post=" + s1 + "#post-" + s1);
        Api.Reply api = anonymous.get("threads/" + source);
        assertThat(api.status()).isEqualTo(301);
        assertThat(api.response().headers().firstValue("Location").orElseThrow()).endsWith("/api/threads/" + target);
        HttpResponse<String> oldFeed = Http.get(base, "feeds/threads/" + source + ".atom");
        assertThat(oldFeed.statusCode()).isEqualTo(301);
        assertThat(oldFeed.headers().firstValue("Location").orElseThrow()).endsWith("/feeds/threads/" + target + ".atom");
        HttpResponse<String> feed = Http.get(base, "feeds/threads/" + target + ".atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains(word + "reply").contains(word + "first");
        assertThat(Http.get(base, "threads/" + target).body()).contains(word + "reply");

        // search finds the moved posts under the target, and the merged thread no more
        List<JsonObject> hits = waitForHits(word + "reply", h -> h.stream().anyMatch(x -> threadOf(x) == target));
        assertThat(hits).allMatch(h -> threadOf(h) == target);
        waitForHits(word + "first", h -> !h.isEmpty() && h.stream().allMatch(x -> threadOf(x) == target
                && "post".equals(x.getString("kind"))));

        // watches moved, without duplicates
        assertThat(count("SELECT COUNT(*) FROM watch WHERE target_type = 'thread' AND target_id = " + source)).isZero();
        assertThat(count("SELECT COUNT(*) FROM watch WHERE target_type = 'thread' AND target_id = " + target
                + " AND account_id = " + b.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM watch WHERE target_type = 'thread' AND target_id = " + target
                + " AND account_id = " + a.id())).isEqualTo(1);

        // merged on: the first address leads to the last thread at once
        long later = start(alice, board, "Masks, the collection", "All about masks.", "experience");
        assertThat(moderator.post("threads/" + target + "/merge", "{\"into\":" + later + "}").status()).isEqualTo(200);
        HttpResponse<String> chained = Http.get(base, "threads/" + source);
        assertThat(chained.statusCode()).isEqualTo(301);
        assertThat(chained.headers().firstValue("Location").orElseThrow()).endsWith("/threads/" + later);
        assertThat(thread(later).getInt("total")).isEqualTo(8);
        assertThat(Http.get(base, "threads/" + (later + 1_000_000)).statusCode()).as("a thread that never was").isEqualTo(404);
    }

    @Test
    void splitMovesTheChosenRepliesIntoANewThread() throws Exception {
        String word = "splt" + System.nanoTime();
        String board = newBoard();
        TestAccounts.Caller a = accounts.withRole("MEMBER");
        Api alice = anonymous.as(a.token());
        Api bob = anonymous.as(accounts.withRole("MEMBER").token());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        long original = start(alice, board, "Gloves in stock?", "Who has nitrile gloves?", "question");
        long r1 = reply(bob, original, "We do.", null);
        long r2 = reply(alice, original, "Off topic: who ships to Latvia? " + word, r1);
        long r3 = reply(bob, original, "We ship to Latvia.", null);
        long r4 = reply(alice, original, "Great, thanks.", r3);
        assertThat(alice.post("posts/" + r3 + "/accept", "").status()).isEqualTo(200);
        Map<Long, JsonObject> before = postsById(original);

        Api.Reply split = moderator.post("threads/" + original + "/split", Json.createObjectBuilder()
                .add("postIds", Json.createArrayBuilder().add(r3).add(r2)).add("title", "Shipping to Latvia")
                .add("reason", "Another topic").build().toString());
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        long created = split.json().getJsonNumber("id").longValue();
        assertThat(split.response().headers().firstValue("Location").orElseThrow()).endsWith("/threads/" + created);

        JsonObject fresh = thread(created);
        assertThat(fresh.getString("title")).isEqualTo("Shipping to Latvia");
        assertThat(fresh.getString("board")).isEqualTo(board);
        assertThat(fresh.getJsonObject("author").getJsonNumber("id").longValue()).as("the earliest chosen post's author").isEqualTo(a.id());
        assertThat(fresh.getString("createdAt")).isEqualTo(before.get(r2).getString("createdAt"));
        assertThat(fresh.getInt("replyCount")).isEqualTo(1);
        Map<Long, JsonObject> moved = postsById(created);
        assertThat(moved.keySet()).containsExactlyInAnyOrder(r2, r3);
        assertThat(moved.get(r2).getInt("position")).isEqualTo(1);
        assertThat(moved.get(r2).isNull("parentId")).isTrue();
        assertThat(moved.get(r3).getInt("position")).isEqualTo(2);
        for (long id : List.of(r2, r3)) {
            assertThat(moved.get(id).getString("createdAt")).isEqualTo(before.get(id).getString("createdAt"));
            assertThat(moved.get(id).getJsonObject("author")).isEqualTo(before.get(id).getJsonObject("author"));
        }

        JsonObject left = thread(original);
        Map<Long, JsonObject> staying = postsById(original);
        assertThat(staying.keySet()).hasSize(3).contains(r1, r4);
        assertThat(staying.get(r1).getInt("position")).isEqualTo(2);
        assertThat(staying.get(r4).getInt("position")).isEqualTo(3);
        assertThat(staying.get(r4).isNull("parentId")).as("its parent left: top level now").isTrue();
        assertThat(staying.get(r4).getInt("depth")).isZero();
        assertThat(left.getInt("replyCount")).isEqualTo(2);
        assertThat(left.getString("lastActivityAt")).isEqualTo(before.get(r4).getString("createdAt"));
        assertThat(left.isNull("acceptedPostId")).as("the accepted solution left with its post").isTrue();
        // both go on numbering without gaps
        long stillHere = reply(bob, original, "Still here.", null);
        long hereToo = reply(bob, created, "Here too.", r2);
        assertThat(postsById(original).get(stillHere).getInt("position")).isEqualTo(4);
        assertThat(postsById(created).get(hereToo).getInt("position")).isEqualTo(3);

        assertThat(Http.get(base, "feeds/threads/" + created + ".atom").body()).contains(word);
        // the new first post is the thread's document now, no longer a reply of the old thread
        waitForHits(word, h -> !h.isEmpty() && h.stream().allMatch(x -> threadOf(x) == created && "thread".equals(x.getString("kind"))));
        assertThat(count("SELECT COUNT(*) FROM watch WHERE target_type = 'thread' AND target_id = " + created
                + " AND account_id = " + a.id())).as("who followed the thread follows the split").isEqualTo(1);
    }

    @Test
    void badSplitsAndMergesAreRefusedNamingTheFieldAndMoveNothing() {
        String board = newBoard();
        Api alice = anonymous.as(accounts.withRole("MEMBER").token());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        long thread = start(alice, board, "Respirators", "Any respirators?", "question");
        long first = thread(thread).getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        long reply = reply(alice, thread, "One more thing.", null);
        long other = start(alice, board, "Other", "Another thread.", "experience");
        long elsewhere = reply(alice, other, "A reply elsewhere.", null);
        String path = "threads/" + thread + "/split";

        refused(moderator.post(path, split(List.of(), "New")), 400, "postIds");
        refused(moderator.post(path, "{\"title\":\"New\"}"), 400, "postIds");
        refused(moderator.post(path, split(List.of(reply + 1_000_000), "New")), 400, "postIds");
        refused(moderator.post(path, split(List.of(elsewhere), "New")), 400, "postIds");
        refused(moderator.post(path, split(List.of(first), "New")), 400, "postIds");
        refused(moderator.post(path, split(List.of(reply, reply), "New")), 400, "postIds");
        refused(moderator.post(path, "{\"postIds\":\"" + reply + "\",\"title\":\"New\"}"), 400, "postIds");
        refused(moderator.post(path, split(List.of(reply), "  ")), 400, "title");
        refused(moderator.post(path, split(List.of(reply), "x".repeat(201))), 400, "title");
        refused(moderator.post(path, Json.createObjectBuilder().add("postIds", Json.createArrayBuilder().add(reply))
                .add("title", "New").add("board", "no-such-board").build().toString()), 400, "board");
        refused(moderator.post(path, Json.createObjectBuilder().add("postIds", Json.createArrayBuilder().add(reply))
                .add("title", "New").add("reason", "r".repeat(501)).build().toString()), 400, "reason");
        refused(moderator.post(path, "{not json"), 400, null);

        String merge = "threads/" + thread + "/merge";
        refused(moderator.post(merge, "{}"), 400, "into");
        refused(moderator.post(merge, "{\"into\":" + thread + "}"), 400, "into");
        refused(moderator.post(merge, "{\"into\":" + (other + 1_000_000) + "}"), 400, "into");
        refused(moderator.post(merge, "{\"into\":\"" + other + "\"}"), 400, "into");
        refused(moderator.post(merge, "{\"into\":" + other + ",\"version\":" + (thread(thread).getJsonNumber("version").longValue() + 7) + "}"),
                409, null);
        assertThat(moderator.post("threads/" + (other + 1_000_000) + "/merge", "{\"into\":" + thread + "}").status()).isEqualTo(404);
        refused(moderator.put("threads/" + thread + "/title", "{\"title\":\"\"}"), 400, "title");
        refused(moderator.put("threads/" + thread + "/title", "{\"title\":\"New\",\"version\":"
                + (thread(thread).getJsonNumber("version").longValue() + 7) + "}"), 409, null);

        // an archived board's threads keep their posts
        String archived = newBoard();
        long old = start(alice, archived, "Archived", "Old thread.", "experience");
        long oldReply = reply(alice, old, "Old reply.", null);
        assertThat(admin.post("admin/boards/" + archived + "/archive", "{}").status()).isEqualTo(200);
        refused(moderator.post("threads/" + old + "/merge", "{\"into\":" + thread + "}"), 409, null);
        refused(moderator.post(merge, "{\"into\":" + old + "}"), 409, null);
        refused(moderator.post("threads/" + old + "/split", split(List.of(oldReply), "New")), 409, null);
        refused(moderator.post(path, Json.createObjectBuilder().add("postIds", Json.createArrayBuilder().add(reply))
                .add("title", "New").add("board", archived).build().toString()), 409, null);

        // an offer's discussion thread is neither merged nor merged into: the offer points at it
        long offer = eu.clusterhub.matchmaking.Listings.offer(alice, "Masks from Bergamo " + System.nanoTime());
        long offerThread = anonymous.get("offers/" + offer).json().getJsonNumber("threadId").longValue();
        Api.Reply listing = moderator.post("threads/" + offerThread + "/merge", "{\"into\":" + thread + "}");
        refused(listing, 409, null);
        assertThat(listing.json().getString("title")).isEqualTo("Listing thread");
        refused(moderator.post(merge, "{\"into\":" + offerThread + "}"), 409, null);
        assertThat(anonymous.get("threads/" + offerThread).status()).isEqualTo(200);

        // nothing moved
        assertThat(thread(thread).getInt("total")).isEqualTo(2);
        assertThat(thread(thread).getString("title")).isEqualTo("Respirators");
        assertThat(thread(other).getInt("total")).isEqualTo(2);
        assertThat(thread(old).getInt("total")).isEqualTo(2);
    }

    @Test
    void renameCloseAndReopen() {
        String board = newBoard();
        Api alice = anonymous.as(accounts.withRole("MEMBER").token());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        long thread = start(alice, board, "Visors", "Who makes visors?", "question");
        long version = thread(thread).getJsonNumber("version").longValue();

        Api.Reply renamed = moderator.put("threads/" + thread + "/title", Json.createObjectBuilder()
                .add("title", "  Face   visors wanted ").add("version", version).add("reason", "Clearer").build().toString());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("title")).isEqualTo("Face visors wanted");
        assertThat(Http.get(base, "threads/" + thread).body()).contains("Face visors wanted");
        refused(moderator.put("threads/" + thread + "/title", Json.createObjectBuilder().add("title", "Again")
                .add("version", version).build().toString()), 409, null);

        String reason = "Answered <b>elsewhere</b>";
        Api.Reply closed = moderator.post("threads/" + thread + "/close", Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getBoolean("locked")).isTrue();
        assertThat(closed.json().getString("closedReason")).isEqualTo(reason);
        String page = Http.get(base, "threads/" + thread).body();
        assertThat(page).contains("Answered &lt;b&gt;elsewhere&lt;/b&gt;").doesNotContain(reason);
        assertThat(alice.post("threads/" + thread + "/posts", "{\"body\":\"Hello?\"}").status()).isEqualTo(409);

        Api.Reply reopened = moderator.post("threads/" + thread + "/reopen", "");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().getBoolean("locked")).isFalse();
        assertThat(reopened.json().isNull("closedReason")).isTrue();
        // the older names keep working
        assertThat(moderator.post("threads/" + thread + "/lock", "").json().getBoolean("locked")).isTrue();
        assertThat(moderator.post("threads/" + thread + "/unlock", "").json().getBoolean("locked")).isFalse();
    }

    @Test
    void onlyModeratorsAndAdminsUseTheTools() {
        String board = newBoard();
        Api alice = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = start(alice, board, "Role matrix", "Body.", "experience");
        long other = start(alice, board, "Role matrix 2", "Body.", "experience");
        long reply = reply(alice, thread, "A reply.", null);
        Map<String, Api> refusedCallers = Map.of(
                "anonymous", anonymous,
                "unconfirmed", anonymous.as(accounts.unverified().token()),
                "member", alice,
                "suspended", anonymous.as(accounts.suspended().token()));
        Map<String, Integer> expected = Map.of("anonymous", 401, "unconfirmed", 403, "member", 403, "suspended", 401);
        refusedCallers.forEach((who, api) -> {
            int status = expected.get(who);
            assertThat(api.put("threads/" + thread + "/title", "{\"title\":\"Mine\"}").status()).as(who + " renames").isEqualTo(status);
            assertThat(api.post("threads/" + thread + "/merge", "{\"into\":" + other + "}").status()).as(who + " merges").isEqualTo(status);
            assertThat(api.post("threads/" + thread + "/split", split(List.of(reply), "Mine")).status()).as(who + " splits").isEqualTo(status);
            assertThat(api.post("threads/" + thread + "/close", "{}").status()).as(who + " closes").isEqualTo(status);
            assertThat(api.post("threads/" + thread + "/reopen", "").status()).as(who + " reopens").isEqualTo(status);
        });
        assertThat(thread(thread).getString("title")).isEqualTo("Role matrix");
        assertThat(thread(thread).getInt("total")).isEqualTo(2);

        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        assertThat(moderator.put("threads/" + thread + "/title", "{\"title\":\"By the moderator\"}").status()).isEqualTo(200);
        assertThat(admin.put("threads/" + thread + "/title", "{\"title\":\"By the admin\"}").status()).isEqualTo(200);
        assertThat(admin.post("threads/" + thread + "/close", "{}").status()).isEqualTo(200);
        assertThat(admin.post("threads/" + thread + "/reopen", "{}").status()).isEqualTo(200);
        String elsewhere = newBoard();
        Api.Reply split = admin.post("threads/" + thread + "/split", Json.createObjectBuilder()
                .add("postIds", Json.createArrayBuilder().add(reply)).add("title", "By the admin").add("board", elsewhere).build().toString());
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        assertThat(split.json().getString("board")).as("split into another open board").isEqualTo(elsewhere);
        assertThat(moderator.post("threads/" + thread + "/merge", "{\"into\":" + other + "}").status()).isEqualTo(200);
    }

    @Test
    void twoModeratorsMergingOneThreadAtOnce_oneWins() throws Exception {
        String board = newBoard();
        Api alice = anonymous.as(accounts.withRole("MEMBER").token());
        Api first = anonymous.as(accounts.withRole("MODERATOR").token());
        Api second = anonymous.as(accounts.withRole("MODERATOR").token());
        long source = start(alice, board, "Twice", "The source's body.", "experience");
        reply(alice, source, "Reply.", null);
        long intoOne = start(alice, board, "Target one", "The first target's body.", "experience");
        long intoTwo = start(alice, board, "Target two", "The second target's body.", "experience");
        long version = thread(source).getJsonNumber("version").longValue();
        CyclicBarrier together = new CyclicBarrier(2);
        Function<Object[], CompletableFuture<Api.Reply>> merge = args -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return ((Api) args[0]).post("threads/" + source + "/merge", "{\"into\":" + args[1] + ",\"version\":" + version + "}");
        });
        CompletableFuture<Api.Reply> one = merge.apply(new Object[] {first, intoOne});
        CompletableFuture<Api.Reply> two = merge.apply(new Object[] {second, intoTwo});
        List<Integer> statuses = List.of(one.get().status(), two.get().status());
        assertThat(statuses).as(one.get() + " / " + two.get()).containsExactlyInAnyOrder(200, 409);
        long winner = one.get().status() == 200 ? intoOne : intoTwo;
        long loser = winner == intoOne ? intoTwo : intoOne;
        assertThat(thread(winner).getInt("total")).isEqualTo(3);
        assertThat(thread(loser).getInt("total")).isEqualTo(1);
        assertThat((one.get().status() == 409 ? one.get() : two.get()).json().getString("detail")).contains("merged into thread " + winner);
    }

    // --- helpers

    private static String split(List<Long> ids, String title) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        ids.forEach(list::add);
        return Json.createObjectBuilder().add("postIds", list).add("title", title).build().toString();
    }

    private static void refused(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().toString()).as(reply.toString()).contains("\"" + field + "\"");
        }
    }

    private long start(Api who, String board, String title, String body, String type) {
        Api.Reply created = who.post("boards/" + board + "/threads", Json.createObjectBuilder().add("title", title)
                .add("type", type).add("body", body).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long reply(Api who, long thread, String body, Long parent) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
        if (parent != null) {
            json.add("parentId", parent);
        }
        Api.Reply reply = who.post("threads/" + thread + "/posts", json.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject thread(long id) {
        Api.Reply reply = anonymous.get("threads/" + id + "?size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private Map<Long, JsonObject> postsById(long thread) {
        return thread(thread).getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getJsonNumber("id").longValue(), p -> p, (x, y) -> x, java.util.HashMap::new));
    }

    private String newBoard() {
        String slug = "tools-" + System.nanoTime();
        Api.Reply created = admin.post("admin/boards", Json.createObjectBuilder().add("slug", slug).add("name", "Tools " + slug)
                .add("description", "Made by ThreadToolsIT").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return slug;
    }

    private static long threadOf(JsonObject hit) {
        return hit.isNull("threadId") ? -1 : hit.getJsonNumber("threadId").longValue();
    }

    /** The index is written after commit: poll (the outbox relay runs every 200 ms). */
    private List<JsonObject> waitForHits(String q, Predicate<List<JsonObject>> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        List<JsonObject> hits = hits(q);
        while (!done.test(hits) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            hits = hits(q);
        }
        assertThat(done.test(hits)).as("search for " + q + " within 5 s: " + hits).isTrue();
        return hits;
    }

    private List<JsonObject> hits(String q) {
        Api.Reply reply = anonymous.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = TestDatabase.SHARED.open(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (var connection = TestDatabase.SHARED.open(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forum API on Payara Micro against MariaDB: threads, replies, tree order, roles, concurrency. */
class ForumApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private static JsonObjectBuilder thread(String title, String type) {
        return Json.createObjectBuilder().add("title", title).add("type", type)
                .add("body", "We need **200 valves** a week.\n\n<script>alert(1)</script> [x](javascript:alert(2))")
                .add("tags", Json.createArrayBuilder().add("Ventilator Valves").add("3D printing"));
    }

    @Test
    void aConfirmedMemberStartsAThreadThatAnyoneCanRead() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        Api.Reply created = member.post("boards/i-need-help/threads", thread("Valves for ventilators", "request").build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.response().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/threads/" + id));
        assertThat(created.json().getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("ventilator-valves", "3d-printing");

        JsonObject read = anonymous.get("threads/" + id).json();
        assertThat(read.getString("title")).isEqualTo("Valves for ventilators");
        assertThat(read.getString("type")).isEqualTo("REQUEST");
        assertThat(read.getString("board")).isEqualTo("i-need-help");
        assertThat(read.getInt("total")).isEqualTo(1);
        JsonObject first = read.getJsonArray("posts").getJsonObject(0);
        assertThat(first.getString("bodyHtml")).contains("<strong>200 valves</strong>").doesNotContain("<script")
                .doesNotContain("href=\"javascript");
        assertThat(first.getJsonObject("author").getString("displayName")).isEqualTo("Test MEMBER");
        assertThat(first.getJsonObject("author").getString("organisation")).isEqualTo("Precision Valves SpA");

        JsonObject list = anonymous.get("boards/i-need-help/threads?type=request&tag=ventilator-valves").json();
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(t -> t.getJsonNumber("id").longValue()).contains(id);
        JsonObject board = anonymous.get("boards").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("slug").equals("i-need-help")).findFirst().orElseThrow();
        assertThat(board.getJsonNumber("threadCount").longValue()).isPositive();
        assertThat(board.getString("lastActivityAt")).isNotBlank();
    }

    @Test
    void repliesNestUnderTheirParentAndBothOrdersArePaged() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api other = anonymous.as(accounts.withRole("MEMBER").token());
        long id = author.post("boards/i-can-help/threads", thread("Spare CNC capacity", "offer").build().toString())
                .json().getJsonNumber("id").longValue();
        long firstPost = anonymous.get("threads/" + id).json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();

        long a = reply(other, id, "Reply A", null);
        long b = reply(author, id, "Reply B", null);
        long a1 = reply(author, id, "Reply to A", a);
        long a1x = reply(other, id, "Reply to the reply to A", a1);

        assertThat(postIds(anonymous.get("threads/" + id).json())).containsExactly(firstPost, a, b, a1, a1x);
        assertThat(postIds(anonymous.get("threads/" + id + "?view=tree").json())).containsExactly(firstPost, a, a1, a1x, b);
        JsonObject page2 = anonymous.get("threads/" + id + "?size=2&page=2").json();
        assertThat(postIds(page2)).containsExactly(b, a1);
        assertThat(page2.getInt("total")).isEqualTo(5);
        assertThat(page2.getInt("replyCount")).isEqualTo(4);
        JsonObject deepest = anonymous.get("threads/" + id + "?view=tree&size=1&page=4").json().getJsonArray("posts").getJsonObject(0);
        assertThat(deepest.getInt("depth")).isEqualTo(2);
        assertThat(deepest.getJsonNumber("parentId").longValue()).isEqualTo(a1);
    }

    @Test
    void onlyConfirmedMembersWriteAndBadInputIsRefusedWithNothingStored() {
        String body = thread("A thread", "question").build().toString();
        assertThat(anonymous.post("boards/i-need-help/threads", body).status()).isEqualTo(401);
        assertThat(anonymous.as(accounts.unverified().token()).post("boards/i-need-help/threads", body).status()).isEqualTo(403);
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        assertThat(member.post("boards/no-such-board/threads", body).status()).isEqualTo(404);
        long before = anonymous.get("boards/funding/threads").json().getJsonNumber("total").longValue();

        assertInvalid(member, thread("", "question"), "title");
        assertInvalid(member, thread("t".repeat(201), "question"), "title");
        assertInvalid(member, thread("Type?", "rant"), "type");
        assertInvalid(member, thread("No body", "question").add("body", "   "), "body");
        assertInvalid(member, thread("Long body", "question").add("body", "b".repeat(50_001)), "body");
        assertInvalid(member, thread("Bad tag", "question").add("tags", Json.createArrayBuilder().add("<>")), "tags");
        assertInvalid(member, thread("Many tags", "question").add("tags", Json.createArrayBuilder()
                .add("a").add("b").add("c").add("d").add("e").add("f")), "tags");
        assertThat(member.post("boards/funding/threads", "{broken").status()).isEqualTo(400);
        assertThat(anonymous.get("boards/funding/threads").json().getJsonNumber("total").longValue()).isEqualTo(before);

        long id = member.post("boards/funding/threads", thread("Funding for conversion", "question").build().toString())
                .json().getJsonNumber("id").longValue();
        long otherThread = member.post("boards/funding/threads", thread("Another one", "question").build().toString())
                .json().getJsonNumber("id").longValue();
        long foreignPost = anonymous.get("threads/" + otherThread).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply wrongParent = member.post("threads/" + id + "/posts", "{\"body\":\"hi\",\"parentId\":" + foreignPost + "}");
        assertThat(wrongParent.status()).isEqualTo(400);
        assertThat(wrongParent.body()).contains("parentId");
        assertThat(member.post("threads/" + id + "/posts", "{\"body\":\"\"}").status()).isEqualTo(400);
        assertThat(anonymous.post("threads/" + id + "/posts", "{\"body\":\"hi\"}").status()).isEqualTo(401);
        assertThat(member.post("threads/999999999/posts", "{\"body\":\"hi\"}").status()).isEqualTo(404);
        assertThat(anonymous.get("threads/" + id).json().getInt("total")).as("nothing stored").isEqualTo(1);
        for (String query : List.of("page=0", "size=101", "page=x", "view=sideways")) {
            assertThat(anonymous.get("threads/" + id + "?" + query).status()).as(query).isEqualTo(400);
        }
        assertThat(anonymous.get("boards/funding/threads?type=rant").status()).isEqualTo(400);
        assertThat(anonymous.get("threads/abc").status()).isEqualTo(404);
    }

    @Test
    void theLivePreviewRendersAsASavedPostWouldAndRefusesBadInput() {
        Api.Reply preview = anonymous.post("markdown/preview", Json.createObjectBuilder()
                .add("markdown", "**Valves** <script>alert(1)</script> [x](javascript:alert(2)) [ok](https://example.org)").build().toString());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().getString("html")).contains("<strong>Valves</strong>").doesNotContain("<script")
                .doesNotContain("javascript:").contains("href=\"https://example.org\"");
        assertThat(anonymous.post("markdown/preview", "{\"markdown\":\"" + "m".repeat(50_001) + "\"}").status()).isEqualTo(400);
        assertThat(anonymous.post("markdown/preview", "{}").status()).isEqualTo(400);
        assertThat(anonymous.post("markdown/preview", "{broken").status()).isEqualTo(400);
        assertThat(anonymous.post("markdown/preview", "text/plain", "**x**").status()).isEqualTo(415);
    }

    @Test
    void twentyParallelRepliesAreEachStoredOnceWithExactCounters() throws Exception {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        long id = author.post("boards/best-practices/threads", thread("Shift plans that worked", "experience").build().toString())
                .json().getJsonNumber("id").longValue();
        List<Api> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            writers.add(anonymous.as(accounts.withRole("MEMBER").token()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Api writer = writers.get(i);
                String text = "{\"body\":\"Parallel reply " + i + "\"}";
                calls.add(() -> writer.post("threads/" + id + "/posts", text).status());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonObject thread = anonymous.get("threads/" + id + "?size=100").json();
        assertThat(thread.getInt("replyCount")).isEqualTo(20);
        assertThat(thread.getInt("total")).isEqualTo(21);
        List<JsonObject> posts = thread.getJsonArray("posts").getValuesAs(JsonObject.class);
        assertThat(posts).extracting(p -> p.getInt("position")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
        assertThat(posts.stream().skip(1).map(p -> p.getString("bodyHtml")).distinct()).hasSize(20);
        String lastPostAt = posts.get(20).getString("createdAt");
        assertThat(java.time.Instant.parse(thread.getString("lastActivityAt"))).isEqualTo(java.time.Instant.parse(lastPostAt));
    }

    @Test
    void authorsEditWithRevisionsAndStaleOrForeignEditsAreRefused() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api other = anonymous.as(accounts.withRole("MEMBER").token());
        long id = start(author, "technological-solutions", "Printing valve housings", "solution");
        JsonObject first = firstPost(id);
        long postId = first.getJsonNumber("id").longValue();
        long version = first.getJsonNumber("version").longValue();

        Api.Reply edited = author.put("posts/" + postId, "{\"body\":\"Use **PA12**.\",\"version\":" + version + "}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("bodyHtml")).contains("<strong>PA12</strong>");
        assertThat(edited.json().getString("editedAt")).isNotBlank();
        Api.Reply stale = author.put("posts/" + postId, "{\"body\":\"Older idea\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("not saved");
        assertThat(other.put("posts/" + postId, "{\"body\":\"Hijack\",\"version\":" + (version + 1) + "}").status()).isEqualTo(403);
        assertThat(author.put("posts/" + postId, "{\"body\":\"No version\"}").status()).isEqualTo(400);
        assertThat(author.put("posts/" + postId, "{\"body\":\"\",\"version\":" + (version + 1) + "}").status()).isEqualTo(400);

        List<JsonObject> revisions = anonymous.get("posts/" + postId + "/revisions").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("bodyMarkdown")).hasSize(2).last().isEqualTo("Use **PA12**.");
        assertThat(firstPost(id).getString("bodyHtml")).contains("PA12").doesNotContain("Hijack").doesNotContain("Older idea");
    }

    @Test
    void aDeletedPostLeavesAPlaceholderAndKeepsTheTree() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api other = anonymous.as(accounts.withRole("MEMBER").token());
        long id = start(author, "best-practices", "Remote commissioning", "experience");
        long parent = reply(other, id, "Parent reply", null);
        long child = reply(author, id, "Child reply", parent);

        assertThat(author.delete("posts/" + parent).status()).as("not the author").isEqualTo(403);
        Api.Reply deleted = other.delete("posts/" + parent);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().getBoolean("deleted")).isTrue();
        List<JsonObject> tree = anonymous.get("threads/" + id + "?view=tree").json().getJsonArray("posts").getValuesAs(JsonObject.class);
        assertThat(tree).extracting(p -> p.getJsonNumber("id").longValue()).containsSubsequence(parent, child);
        assertThat(tree.get(1).getBoolean("deleted")).isTrue();
        assertThat(tree.get(1).getString("bodyHtml")).isEmpty();
        assertThat(other.put("posts/" + parent, "{\"body\":\"Back\",\"version\":9}").status()).isEqualTo(409);
    }

    @Test
    void theThreadsAuthorAcceptsAReplyOfAQuestionAndMembersMarkHelpful() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api helper = anonymous.as(accounts.withRole("MEMBER").token());
        Api bystander = anonymous.as(accounts.withRole("MEMBER").token());
        long id = start(author, "i-need-help", "Which filter class for masks?", "question");
        long answer = reply(helper, id, "FFP2 at least.", null);
        long firstPostId = firstPost(id).getJsonNumber("id").longValue();

        assertThat(bystander.post("posts/" + answer + "/accept", "").status()).isEqualTo(403);
        assertThat(author.post("posts/" + firstPostId + "/accept", "").status()).isEqualTo(409);
        Api.Reply accepted = author.post("posts/" + answer + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject thread = anonymous.get("threads/" + id).json();
        assertThat(thread.getBoolean("solved")).isTrue();
        assertThat(thread.getJsonNumber("acceptedPostId").longValue()).isEqualTo(answer);

        long experience = start(author, "best-practices", "Our shift plan", "experience");
        long comment = reply(helper, experience, "Thanks", null);
        assertThat(author.post("posts/" + comment + "/accept", "").status()).as("only questions and requests").isEqualTo(409);

        JsonObject marked = bystander.post("posts/" + answer + "/helpful", "").json();
        assertThat(marked.getBoolean("helpful")).isTrue();
        assertThat(marked.getInt("helpfulCount")).isEqualTo(1);
        JsonObject unmarked = bystander.post("posts/" + answer + "/helpful", "").json();
        assertThat(unmarked.getBoolean("helpful")).isFalse();
        assertThat(unmarked.getInt("helpfulCount")).isZero();
        assertThat(helper.post("posts/" + answer + "/helpful", "").status()).as("own post").isEqualTo(409);
        assertThat(anonymous.as(accounts.unverified().token()).post("posts/" + answer + "/helpful", "").status()).isEqualTo(403);
    }

    @Test
    void moderatorsLockAndPinThreadsAndLockedThreadsRefuseReplies() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        long id = start(author, "supporting-policies", "Regional support schemes", "question");
        long postId = firstPost(id).getJsonNumber("id").longValue();

        assertThat(author.post("threads/" + id + "/lock", "").status()).isEqualTo(403);
        assertThat(moderator.post("threads/" + id + "/lock", "").json().getBoolean("locked")).isTrue();
        Api.Reply refused = author.post("threads/" + id + "/posts", "{\"body\":\"Another reply\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("locked");
        assertThat(author.put("posts/" + postId, "{\"body\":\"Edit\",\"version\":1}").status()).isEqualTo(409);
        assertThat(moderator.post("threads/" + id + "/unlock", "").json().getBoolean("locked")).isFalse();
        reply(author, id, "Open again", null);

        assertThat(moderator.post("threads/" + id + "/pin", "").json().getBoolean("pinned")).isTrue();
        start(author, "supporting-policies", "A newer thread", "question");
        JsonObject first = anonymous.get("boards/supporting-policies/threads").json().getJsonArray("items").getJsonObject(0);
        assertThat(first.getJsonNumber("id").longValue()).as("pinned first").isEqualTo(id);
    }

    @Test
    void boardAndThreadPagesAreValidHtmlAndEscapeWhatMembersWrote() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        long id = start(author, "economic-effects", "Orders <script>alert(1)</script> collapsed", "experience");
        long reply = reply(author, id, "Reply with <img src=x onerror=alert(1)>", null);
        reply(author, id, "Nested", reply);
        String email = TestAccounts.uniqueEmail("markup");
        Api.Reply marked = anonymous.as(accounts.adminToken()).post("admin/accounts",
                TestAccounts.registration(email, TestAccounts.PASSWORD, "Eve <i>x</i>").replaceFirst("\\{", "{\"role\":\"MEMBER\","));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(201);
        reply(anonymous.as(accounts.token(email, TestAccounts.PASSWORD)), id, "From Eve", null);

        for (String path : List.of("boards/economic-effects", "threads/" + id, "threads/" + id + "?view=tree",
                "boards/economic-effects?type=experience&tag=ventilator-valves")) {
            var page = eu.clusterhub.testsupport.Http.get(base, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(eu.clusterhub.testsupport.HtmlChecker.errors(page.body())).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(eu.clusterhub.testsupport.Http.get(base, "threads/" + id).body()).contains("Orders &lt;script&gt;")
                .as("member names are escaped too").contains("Eve &lt;i&gt;x&lt;/i&gt;").doesNotContain("<i>x</i>");
        assertThat(eu.clusterhub.testsupport.Http.get(base, "threads/999999999").statusCode()).isEqualTo(404);
        assertThat(eu.clusterhub.testsupport.Http.get(base, "threads/abc").statusCode()).isEqualTo(404);
        assertThat(eu.clusterhub.testsupport.Http.get(base, "boards/economic-effects?type=rant").body()).contains("Unknown thread type");
    }

    @Test
    void boardsAndThreadsHaveValidAtomFeedsWithoutDeletedPosts() {
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        long id = start(author, "social-aspects", "Childcare for <b>shift</b> workers", "experience");
        long kept = reply(author, id, "Kept reply <script>alert(1)</script>", null);
        long gone = reply(author, id, "Deleted reply", null);
        assertThat(author.delete("posts/" + gone).status()).isEqualTo(200);

        var board = eu.clusterhub.testsupport.Http.get(base, "feeds/boards/social-aspects.atom");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(eu.clusterhub.testsupport.AtomValidator.problems(board.body())).as(board.body()).isEmpty();
        assertThat(board.body()).contains("Childcare for &lt;b&gt;shift&lt;/b&gt; workers");

        var thread = eu.clusterhub.testsupport.Http.get(base, "feeds/threads/" + id + ".atom");
        assertThat(eu.clusterhub.testsupport.AtomValidator.problems(thread.body())).as(thread.body()).isEmpty();
        assertThat(thread.body()).contains("#post-" + kept).doesNotContain("#post-" + gone).doesNotContain("Deleted reply")
                .doesNotContain("<script>");

        for (String path : List.of("feeds/boards/no-such-board.atom", "feeds/threads/999999999.atom", "feeds/threads/abc.atom",
                "feeds/boards/social-aspects")) {
            assertThat(eu.clusterhub.testsupport.Http.get(base, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private long start(Api api, String board, String title, String type) {
        Api.Reply created = api.post("boards/" + board + "/threads", thread(title, type).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject firstPost(long threadId) {
        return anonymous.get("threads/" + threadId).json().getJsonArray("posts").getJsonObject(0);
    }

    private long reply(Api api, long threadId, String text, Long parent) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("body", text);
        if (parent != null) {
            body.add("parentId", parent);
        }
        Api.Reply reply = api.post("threads/" + threadId + "/posts", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static List<Long> postIds(JsonObject thread) {
        return thread.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    private static void assertInvalid(Api api, JsonObjectBuilder payload, String field) {
        Api.Reply reply = api.post("boards/funding/threads", payload.build().toString());
        assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains(field);
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admins add, rename, reorder and archive boards; moderators move threads between boards;
 * posts carry the language their author chose. Each test makes its own boards, since the
 * database lives for the whole run.
 */
class BoardAdministrationIT extends DeployedPortal {

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
    void anAdminAddsRenamesAndArchivesABoardAndArchivedBoardsAreReadOnly() {
        String slug = newBoard("Medical devices");
        assertThat(openSlugs()).as("a new board comes last").endsWith(slug);
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = startThread(member, slug);
        long post = anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject listed = board(slug);
        long version = listed.getJsonNumber("version").longValue();
        Api.Reply renamed = admin.put("admin/boards/" + slug, "{\"name\":\"Medical equipment\",\"description\":\"Valves, masks, ventilators\","
                + "\"version\":" + version + "}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        Api.Reply stale = admin.put("admin/boards/" + slug, "{\"name\":\"Overwritten\",\"description\":\"x\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(board(slug).getString("name")).as("the stale rename changed nothing").isEqualTo("Medical equipment");

        Api.Reply archived = admin.post("admin/boards/" + slug + "/archive", "{}");
        assertThat(archived.json().getBoolean("archived")).isTrue();
        assertThat(openSlugs()).doesNotContain(slug);
        assertThat(boardSlugs().indexOf(slug)).as("archived boards are listed last").isGreaterThanOrEqualTo(openSlugs().size());
        assertThat(member.post("boards/" + slug + "/threads", threadJson("Too late")).status()).isEqualTo(409);
        Api.Reply reply = member.post("threads/" + thread + "/posts", "{\"body\":\"Still there?\"}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("detail")).contains("archived");
        assertThat(member.put("posts/" + post, "{\"body\":\"Edited\",\"version\":1}").status()).isEqualTo(409);
        assertThat(anonymous.get("threads/" + thread).json().getInt("total")).as("still readable, nothing added").isEqualTo(1);

        admin.post("admin/boards/" + slug + "/unarchive", "{}");
        assertThat(member.post("threads/" + thread + "/posts", "{\"body\":\"Open again\"}").status()).isEqualTo(201);
    }

    @Test
    void anAdminReordersTheBoards() {
        newBoard("Reordered");
        List<String> before = boardSlugs();
        List<String> reversed = new ArrayList<>(before);
        java.util.Collections.reverse(reversed);
        Api.Reply reordered = admin.put("admin/boards/order", slugsJson(reversed));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        List<String> open = openSlugs();
        List<String> expected = new ArrayList<>(reversed.stream().filter(open::contains).toList());
        expected.addAll(reversed.stream().filter(s -> !open.contains(s)).toList()); // archived ones stay last
        assertThat(boardSlugs()).isEqualTo(expected);
        assertThat(admin.put("admin/boards/order", slugsJson(before)).status()).isEqualTo(200);
        assertThat(boardSlugs()).isEqualTo(before);
    }

    @Test
    void onlyAdminsManageBoardsAndBadInputIsRefusedWithNothingStored() {
        String slug = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"Refused\",\"description\":\"Never created\"}";
        assertThat(anonymous.post("admin/boards", body).status()).isEqualTo(401);
        for (String role : List.of("MEMBER", "MODERATOR")) {
            Api caller = anonymous.as(accounts.withRole(role).token());
            assertThat(caller.post("admin/boards", body).status()).as(role).isEqualTo(403);
            assertThat(caller.post("admin/boards/funding/archive", "{}").status()).as(role).isEqualTo(403);
            assertThat(caller.put("admin/boards/funding", "{\"name\":\"x\",\"description\":\"y\",\"version\":0}").status()).as(role).isEqualTo(403);
            assertThat(caller.put("admin/boards/order", slugsJson(boardSlugs())).status()).as(role).isEqualTo(403);
        }
        assertInvalid("{\"slug\":\"Bad Slug\",\"name\":\"n\",\"description\":\"d\"}", "slug");
        assertInvalid("{\"slug\":\"x\",\"name\":\"n\",\"description\":\"d\"}", "slug");
        assertInvalid("{\"slug\":\"double--hyphen\",\"name\":\"n\",\"description\":\"d\"}", "slug");
        assertInvalid("{\"slug\":\"" + slug + "\",\"name\":\"\",\"description\":\"d\"}", "name");
        assertInvalid("{\"slug\":\"" + slug + "\",\"name\":\"" + "n".repeat(121) + "\",\"description\":\"d\"}", "name");
        assertInvalid("{\"slug\":\"" + slug + "\",\"name\":\"n\",\"description\":\"" + "d".repeat(301) + "\"}", "description");
        assertThat(admin.post("admin/boards", "{\"slug\":\"funding\",\"name\":\"Again\",\"description\":\"Taken\"}").status()).isEqualTo(409);
        assertThat(admin.post("admin/boards", "text/plain", body).status()).isEqualTo(415);
        assertThat(admin.post("admin/boards", "{broken").status()).isEqualTo(400);
        assertThat(boardSlugs()).as("nothing was created").doesNotContain(slug);

        List<String> order = boardSlugs();
        assertThat(admin.put("admin/boards/order", slugsJson(order.subList(1, order.size()))).status()).as("one missing").isEqualTo(400);
        List<String> twice = new ArrayList<>(order);
        twice.set(0, order.get(1));
        assertThat(admin.put("admin/boards/order", slugsJson(twice)).status()).as("one twice").isEqualTo(400);
        assertThat(boardSlugs()).as("the order is unchanged").isEqualTo(order);
        assertThat(admin.put("admin/boards/funding", "{\"name\":\"No version\",\"description\":\"d\"}").status()).isEqualTo(400);
        assertThat(admin.put("admin/boards/no-such-board", "{\"name\":\"n\",\"description\":\"d\",\"version\":0}").status()).isEqualTo(404);
        assertThat(admin.post("admin/boards/no-such-board/archive", "{}").status()).isEqualTo(404);
        assertThat(board("funding").getString("name")).isEqualTo("Funding");
    }

    @Test
    void moderatorsMoveThreadsToOpenBoards() {
        String from = newBoard("Move from");
        String to = newBoard("Move to");
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = startThread(member, from);
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());

        assertThat(member.post("threads/" + thread + "/move", "{\"board\":\"" + to + "\"}").status()).isEqualTo(403);
        assertThat(anonymous.post("threads/" + thread + "/move", "{\"board\":\"" + to + "\"}").status()).isEqualTo(401);
        assertThat(moderator.post("threads/" + thread + "/move", "{\"board\":\"no-such-board\"}").status()).isEqualTo(400);
        assertThat(moderator.post("threads/999999999/move", "{\"board\":\"" + to + "\"}").status()).isEqualTo(404);
        assertThat(anonymous.get("threads/" + thread).json().getString("board")).isEqualTo(from);

        Api.Reply moved = moderator.post("threads/" + thread + "/move", "{\"board\":\"" + to + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(anonymous.get("threads/" + thread).json().getString("board")).isEqualTo(to);
        assertThat(threadIds(from)).doesNotContain(thread);
        assertThat(threadIds(to)).contains(thread);
        assertThat(board(from).getInt("threadCount")).isZero();
        assertThat(board(to).getInt("threadCount")).isEqualTo(1);
        assertThat(eu.clusterhub.testsupport.Http.get(base, "feeds/boards/" + to + ".atom").body()).contains("Valves wanted");

        admin.post("admin/boards/" + from + "/archive", "{}");
        Api.Reply intoArchive = moderator.post("threads/" + thread + "/move", "{\"board\":\"" + from + "\"}");
        assertThat(intoArchive.status()).isEqualTo(409);
        assertThat(anonymous.get("threads/" + thread).json().getString("board")).isEqualTo(to);
    }

    @Test
    void postsCarryTheLanguageTheirAuthorChose() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        Api.Reply started = member.post("boards/best-practices/threads", "{\"title\":\"Beatmungsgeräte\",\"type\":\"experience\","
                + "\"body\":\"Wir drucken Ventile.\",\"language\":\"de\"}");
        assertThat(started.json().getString("language")).isEqualTo("de");
        long thread = started.json().getJsonNumber("id").longValue();
        Api.Reply reply = member.post("threads/" + thread + "/posts", "{\"body\":\"Nous aussi.\",\"language\":\"FR\"}");
        assertThat(reply.json().getString("language")).isEqualTo("fr");
        assertThat(member.post("threads/" + thread + "/posts", "{\"body\":\"??\",\"language\":\"xx\"}").status()).isEqualTo(400);
        assertThat(member.post("threads/" + thread + "/posts", "{\"body\":\"??\",\"language\":\"tr\"}").status()).isEqualTo(400);

        JsonObject read = anonymous.get("threads/" + thread).json();
        assertThat(read.getInt("total")).as("nothing stored by the refused replies").isEqualTo(2);
        JsonObject first = read.getJsonArray("posts").getJsonObject(0);
        Api.Reply edited = member.put("posts/" + first.getJsonNumber("id"), "{\"body\":\"We print valves.\",\"language\":\"en\",\"version\":"
                + first.getJsonNumber("version") + "}");
        assertThat(edited.json().getString("language")).isEqualTo("en");
        assertThat(anonymous.get("threads/" + thread).json().getString("language")).as("a thread speaks its first post's language").isEqualTo("en");
        Api.Reply badEdit = member.put("posts/" + first.getJsonNumber("id"), "{\"body\":\"x\",\"language\":\"klingon\",\"version\":"
                + edited.json().getJsonNumber("version") + "}");
        assertThat(badEdit.status()).isEqualTo(400);
        assertThat(anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0).getString("language")).isEqualTo("en");
        assertThat(anonymous.get("threads/" + thread).body()).doesNotContain("\"body\":\"x\"");
    }

    private String newBoard(String name) {
        String slug = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = admin.post("admin/boards", Json.createObjectBuilder().add("slug", slug).add("name", name)
                .add("description", name + " for the tests").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.response().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/boards/" + slug + "/threads"));
        return slug;
    }

    private static long startThread(Api member, String slug) {
        Api.Reply started = member.post("boards/" + slug + "/threads", threadJson("Valves wanted"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().getJsonNumber("id").longValue();
    }

    private static String threadJson(String title) {
        return "{\"title\":\"" + title + "\",\"type\":\"request\",\"body\":\"Who prints them?\"}";
    }

    private List<String> boardSlugs() {
        return anonymous.get("boards").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("slug")).toList();
    }

    private List<String> openSlugs() {
        return anonymous.get("boards").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> !b.getBoolean("archived")).map(b -> b.getString("slug")).toList();
    }

    private JsonObject board(String slug) {
        return anonymous.get("boards").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private List<Long> threadIds(String slug) {
        return anonymous.get("boards/" + slug + "/threads").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    private static String slugsJson(List<String> slugs) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        slugs.forEach(array::add);
        return Json.createObjectBuilder().add("slugs", array).build().toString();
    }

    private void assertInvalid(String json, String field) {
        Api.Reply reply = admin.post("admin/boards", json);
        assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains(field);
    }
}

package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.id;
import static eu.clusterhub.moderation.Staff.unique;

import eu.clusterhub.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Forum staff actions (forum.ForumStaffActions): boards, thread moderation, others' posts. */
class ForumScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.ofEntries(
                Map.entry("board.create", s -> {
                    String slug = "audit-" + unique();
                    expect(201, s.adminApi().post("admin/boards", board(slug)));
                    return Expected.of(s.admin, "board", slug);
                }),
                Map.entry("board.edit", s -> {
                    String slug = "audit-" + unique();
                    long version = expect(201, s.setupAdmin().post("admin/boards", board(slug))).getJsonNumber("version").longValue();
                    expect(200, s.adminApi().put("admin/boards/" + slug, Json.createObjectBuilder().add("name", "Renamed " + slug)
                            .add("description", "A new description").add("version", version).build().toString()));
                    return Expected.of(s.admin, "board", slug);
                }),
                Map.entry("board.archive", s -> {
                    String slug = "audit-" + unique();
                    expect(201, s.setupAdmin().post("admin/boards", board(slug)));
                    expect(200, s.adminApi().post("admin/boards/" + slug + "/archive", ""));
                    return Expected.of(s.admin, "board", slug);
                }),
                Map.entry("board.unarchive", s -> {
                    String slug = "audit-" + unique();
                    expect(201, s.setupAdmin().post("admin/boards", board(slug)));
                    expect(200, s.setupAdmin().post("admin/boards/" + slug + "/archive", ""));
                    expect(200, s.adminApi().post("admin/boards/" + slug + "/unarchive", ""));
                    return Expected.of(s.admin, "board", slug);
                }),
                Map.entry("board.reorder", s -> {
                    String a = "audit-" + unique();
                    String b = "audit-" + unique();
                    expect(201, s.setupAdmin().post("admin/boards", board(a)));
                    expect(201, s.setupAdmin().post("admin/boards", board(b)));
                    // swaps the two new boards; another test adding a board meanwhile makes the list stale: try again
                    for (int attempt = 0; ; attempt++) {
                        List<String> order = new ArrayList<>(s.anonymous.get("boards").structure().asJsonArray()
                                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("slug")).toList());
                        int i = order.indexOf(a);
                        int j = order.indexOf(b);
                        order.set(i, b);
                        order.set(j, a);
                        Api.Reply reordered = s.adminApi().put("admin/boards/order",
                                Json.createObjectBuilder().add("slugs", Json.createArrayBuilder(order)).build().toString());
                        if (reordered.status() == 200) {
                            return Expected.of(s.admin, "board", "*");
                        }
                        if (attempt == 4) {
                            throw new AssertionError("the boards were not reordered: " + reordered);
                        }
                    }
                }),
                Map.entry("thread.lock", s -> {
                    long thread = thread(s, "question");
                    expect(200, s.moderatorApi().post("threads/" + thread + "/lock", ""));
                    return Expected.of(s.moderator, "thread", thread);
                }),
                Map.entry("thread.unlock", s -> {
                    long thread = thread(s, "question");
                    expect(200, s.setupAdmin().post("threads/" + thread + "/lock", ""));
                    expect(200, s.moderatorApi().post("threads/" + thread + "/unlock", ""));
                    return Expected.of(s.moderator, "thread", thread);
                }),
                Map.entry("thread.pin", s -> {
                    long thread = thread(s, "question");
                    expect(200, s.moderatorApi().post("threads/" + thread + "/pin", ""));
                    return Expected.of(s.moderator, "thread", thread);
                }),
                Map.entry("thread.unpin", s -> {
                    long thread = thread(s, "question");
                    expect(200, s.setupAdmin().post("threads/" + thread + "/pin", ""));
                    expect(200, s.moderatorApi().post("threads/" + thread + "/unpin", ""));
                    return Expected.of(s.moderator, "thread", thread);
                }),
                Map.entry("thread.move", s -> {
                    long thread = thread(s, "question");
                    expect(200, s.moderatorApi().post("threads/" + thread + "/move", "{\"board\":\"i-can-help\"}"));
                    return Expected.of(s.moderator, "thread", thread);
                }),
                Map.entry("post.delete", s -> {
                    long reply = reply(s, thread(s, "experience"));
                    expect(200, s.moderatorApi().delete("posts/" + reply));
                    return Expected.of(s.moderator, "post", reply);
                }),
                Map.entry("post.accept", s -> {
                    long reply = reply(s, thread(s, "question"));
                    expect(200, s.moderatorApi().post("posts/" + reply + "/accept", ""));
                    return Expected.of(s.moderator, "post", reply);
                }));
    }

    static String board(String slug) {
        return Json.createObjectBuilder().add("slug", slug).add("name", "Audit " + slug).add("description", "A board of the audit test")
                .build().toString();
    }

    /** A member's new thread in "I need help". */
    static long thread(Staff s, String type) {
        return id(expect(201, s.as(s.member()).post("boards/i-need-help/threads", Json.createObjectBuilder()
                .add("title", "Audited thread " + unique()).add("type", type).add("body", "Where do we find valves?")
                .build().toString())));
    }

    /** Another member's reply to the thread. */
    static long reply(Staff s, long thread) {
        return id(expect(201, s.as(s.member()).post("threads/" + thread + "/posts", "{\"body\":\"Try the cluster in Lombardy.\"}")));
    }
}

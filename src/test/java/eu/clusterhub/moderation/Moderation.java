package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** What the moderation tests share: a board of their own, threads and replies, flags, the queue and its actions. */
final class Moderation {

    private Moderation() {
    }

    static String board(Api anonymous, TestAccounts accounts) {
        String slug = "mod-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        return slug;
    }

    /** A thread on the board; returns its id. */
    static long thread(Api author, String board, String title, String language) {
        Api.Reply created = author.post("boards/" + board + "/threads", Json.createObjectBuilder().add("title", title)
                .add("type", "question").add("body", "Text of " + title).add("language", language).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static long firstPost(Api reader, long thread) {
        return reader.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A reply; returns its id. */
    static long reply(Api author, long thread, String body) {
        Api.Reply created = author.post("threads/" + thread + "/posts", Json.createObjectBuilder().add("body", body).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static Api.Reply flag(Api reporter, String type, long id, String reason) {
        return reporter.post("flags", flagBody(type, id, reason).build().toString());
    }

    static JsonObjectBuilder flagBody(String type, long id, String reason) {
        return Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", reason);
    }

    /** The open review items of a board, as a moderator's queue lists them. */
    static List<JsonObject> queue(Api moderator, String query) {
        Api.Reply queue = moderator.get("moderation/queue?" + query);
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        return queue.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The open review item of one target (through the board filter). */
    static JsonObject item(Api moderator, String board, String type, long id) {
        return queue(moderator, "board=" + board).stream()
                .filter(i -> i.getString("targetType").equals(type) && i.getJsonNumber("targetId").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("no open item for " + type + " " + id));
    }

    static Api.Reply act(Api moderator, JsonObject item, JsonObjectBuilder action) {
        return moderator.post("moderation/items/" + item.getJsonNumber("id").longValue() + "/actions",
                action.add("version", item.getJsonNumber("version").longValue()).build().toString());
    }

    static JsonObjectBuilder action(String action, String reason) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("action", action);
        return reason == null ? json : json.add("reason", reason);
    }

    /** The MODERATION notifications of a member, newest first (after the fan-out). */
    static List<JsonObject> moderationNotices(Api member) {
        Notifications.awaitFanOut();
        return member.get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("moderation")).toList();
    }

    static String column(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }
}

package eu.clusterhub.notification;

import static eu.clusterhub.notification.Notifications.awaitFanOut;
import static eu.clusterhub.notification.Notifications.number;
import static eu.clusterhub.notification.Notifications.numbers;
import static eu.clusterhub.notification.Notifications.watch;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications on Payara Micro against MariaDB: a script of forum events through the API,
 * then exactly which notifications each member has; reading; the watches and members API;
 * a repeated fan-out; export and erasure.
 */
class NotificationApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private TestAccounts.Caller member(String name) {
        return Notifications.member(anonymous, accounts, name + " " + System.nanoTime());
    }

    private Api as(TestAccounts.Caller caller) {
        return anonymous.as(caller.token());
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The kinds of a member's notifications, newest first. */
    private List<String> kinds(TestAccounts.Caller caller) {
        return as(caller).get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind")).toList();
    }

    private static String handle(Api api) {
        JsonObject me = api.get("me").json();
        return Handles.of(me.getString("displayName"), me.getJsonNumber("id").longValue());
    }

    @Test
    void aScriptOfForumEventsNotifiesExactlyWhoItConcerns() {
        String slug = "notify-" + System.nanoTime();
        long board = Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller author = member("Anna Author");
        TestAccounts.Caller replier = member("Bruno Replier");
        TestAccounts.Caller everyPost = member("Carla Every");
        TestAccounts.Caller newThreads = member("Dario New");
        TestAccounts.Caller muter = member("Elena Muter");
        TestAccounts.Caller mentioned = member("Marta Mentioned");
        TestAccounts.Caller lurker = member("Luca Lurker");
        TestAccounts.Caller suspended = member("Sara Suspended");

        assertThat(as(everyPost).put("watches", watch("board", board, "watching")).status()).isEqualTo(200);
        assertThat(as(newThreads).put("watches", watch("board", board, "new-threads")).status()).isEqualTo(200);
        assertThat(as(muter).put("watches", watch("board", board, "watching")).status()).isEqualTo(200);
        assertThat(as(suspended).put("watches", watch("board", board, "watching")).status()).isEqualTo(200);
        assertThat(anonymous.as(accounts.adminToken()).post("admin/accounts/" + suspended.id() + "/suspend", "").status()).isEqualTo(200);

        // a new thread that mentions a member
        String mention = handle(as(mentioned));
        Api.Reply started = as(author).post("boards/" + slug + "/threads", Json.createObjectBuilder()
                .add("title", "Valves for ventilators").add("type", "request")
                .add("body", "We need 200 valves a week. @" + mention + " knows a supplier?").build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long thread = id(started);
        awaitFanOut();
        assertThat(kinds(mentioned)).containsExactly("mention");
        assertThat(kinds(everyPost)).containsExactly("board-thread");
        assertThat(kinds(newThreads)).containsExactly("board-thread");
        assertThat(kinds(muter)).containsExactly("board-thread");
        assertThat(kinds(author)).as("the actor is never notified").isEmpty();

        // muting silences the thread, though the board is watched
        assertThat(as(muter).put("watches", watch("thread", thread, "muted")).status()).isEqualTo(200);

        // a flat reply: to the thread's author, and to the board's watchers of every post
        long reply = id(as(replier).post("threads/" + thread + "/posts", "{\"body\":\"We can help: 300 a week.\"}"));
        // the author quotes it, replying to that post
        long quote = id(as(author).post("threads/" + thread + "/posts", Json.createObjectBuilder()
                .add("body", "Bruno wrote:\n\n> We can help: 300 a week.\n\nGreat, thanks!").add("parentId", reply).build().toString()));
        // and accepts it
        assertThat(as(author).post("posts/" + reply + "/accept", "").status()).isEqualTo(200);
        awaitFanOut();

        assertThat(kinds(author)).containsExactly("reply");
        assertThat(kinds(replier)).containsExactly("accepted", "quote");
        assertThat(kinds(everyPost)).containsExactly("board-post", "board-post", "board-thread");
        assertThat(kinds(newThreads)).as("new threads only").containsExactly("board-thread");
        assertThat(kinds(muter)).as("muted").containsExactly("board-thread");
        assertThat(kinds(mentioned)).as("mentioned once, not watching").containsExactly("mention");
        assertThat(kinds(lurker)).isEmpty();
        assertThat(number("SELECT COUNT(*) FROM notification WHERE account_id = ?", suspended.id())).as("suspended").isZero();

        // what one notification says
        JsonObject page = as(replier).get("notifications").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getInt("unread")).isEqualTo(2);
        JsonObject quoted = page.getJsonArray("items").getJsonObject(1);
        assertThat(quoted.getString("kind")).isEqualTo("quote");
        assertThat(quoted.getBoolean("read")).isFalse();
        assertThat(quoted.getJsonObject("actor").getString("displayName")).startsWith("Anna Author");
        assertThat(quoted.getJsonObject("actor").getString("organisation")).isEqualTo("Precision Valves SpA");
        assertThat(quoted.getJsonObject("target").getString("type")).isEqualTo("thread");
        assertThat(quoted.getJsonObject("target").getJsonNumber("id").longValue()).isEqualTo(thread);
        assertThat(quoted.getJsonObject("target").getString("title")).isEqualTo("Valves for ventilators");
        assertThat(quoted.getJsonObject("target").getString("url")).endsWith("/threads/" + thread + "?post=" + quote + "#post-" + quote);
        assertThat(quoted.getString("summary")).isEqualTo("Bruno wrote: Great, thanks!");
        assertThat(page.toString()).doesNotContain(author.email());

        // reading: one, then all; the counter follows the rows
        JsonObject carla = as(everyPost).get("notifications").json();
        assertThat(carla.getInt("unread")).isEqualTo(3);
        long first = carla.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject marked = as(everyPost).post("notifications/read", "{\"ids\":[" + first + "," + first + "]}").json();
        assertThat(marked.getInt("marked")).isEqualTo(1);
        assertThat(marked.getInt("unread")).isEqualTo(2);
        assertThat(as(everyPost).post("notifications/read", "{\"ids\":[" + first + "]}").json().getInt("marked")).as("once").isZero();
        long elses = as(replier).get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(as(everyPost).post("notifications/read", "{\"ids\":[" + elses + "]}").json().getInt("marked"))
                .as("someone else's notification is not marked").isZero();
        assertThat(as(replier).get("notifications/count").json().getInt("unread")).isEqualTo(2);
        assertThat(as(everyPost).get("notifications?unread=true").json().getInt("total")).isEqualTo(2);
        assertThat(counterMatchesRows(everyPost.id())).isTrue();
        assertThat(as(everyPost).post("notifications/read", "{\"all\":true}").json().getInt("marked")).isEqualTo(2);
        assertThat(as(everyPost).get("notifications/count").json().getInt("unread")).isZero();
        assertThat(as(everyPost).get("notifications?unread=true").json().getInt("total")).isZero();
        assertThat(as(everyPost).get("notifications").json().getInt("total")).isEqualTo(3);
        for (TestAccounts.Caller c : List.of(author, replier, everyPost, newThreads, muter, mentioned, lurker)) {
            assertThat(counterMatchesRows(c.id())).as("counter of " + c.id()).isTrue();
        }

        // bad input
        assertThat(as(everyPost).post("notifications/read", "{}").status()).isEqualTo(400);
        assertThat(as(everyPost).post("notifications/read", "{\"ids\":[\"x\"]}").status()).isEqualTo(400);
        assertThat(as(everyPost).get("notifications?unread=maybe").status()).isEqualTo(400);
        assertThat(as(everyPost).get("notifications?size=1000").status()).isEqualTo(400);
        assertThat(anonymous.get("notifications").status()).isEqualTo(401);
        assertThat(anonymous.get("notifications/count").status()).isEqualTo(401);
    }

    private static boolean counterMatchesRows(long accountId) {
        return number("SELECT COALESCE((SELECT unread FROM notification_counter WHERE account_id = ?), 0)", accountId)
                == number("SELECT COUNT(*) FROM notification WHERE account_id = ? AND read_at IS NULL", accountId);
    }

    @Test
    void startingOrReplyingWatchesAThreadAndWatchersHearOfEveryPost() {
        String slug = "notify-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller author = member("Anna Author");
        TestAccounts.Caller first = member("Bruno First");
        TestAccounts.Caller second = member("Chiara Second");
        TestAccounts.Caller quiet = member("Dario Quiet");
        long thread = id(as(author).post("boards/" + slug + "/threads",
                "{\"title\":\"Spare CNC capacity\",\"type\":\"offer\",\"body\":\"We have 3 machines free.\"}"));
        id(as(first).post("threads/" + thread + "/posts", "{\"body\":\"Interested.\"}"));
        assertThat(as(quiet).put("watches", watch("thread", thread, "watching")).status()).isEqualTo(200);
        id(as(quiet).post("threads/" + thread + "/posts", "{\"body\":\"Me too.\"}"));
        assertThat(as(quiet).put("watches", watch("thread", thread, "normal")).status()).as("back to normal").isEqualTo(200);
        id(as(second).post("threads/" + thread + "/posts", "{\"body\":\"Which machines?\"}"));
        awaitFanOut();

        assertThat(kinds(author)).containsExactly("reply", "reply", "reply");
        assertThat(kinds(first)).as("watching since the reply").containsExactly("thread-post", "thread-post");
        assertThat(kinds(quiet)).as("normal: only what is addressed to them").isEmpty();
        assertThat(kinds(second)).isEmpty();
        JsonObject watches = as(first).get("watches").json();
        assertThat(watches.getJsonArray("items").getValuesAs(JsonObject.class)).singleElement().satisfies(w -> {
            assertThat(w.getString("level")).isEqualTo("watching");
            assertThat(w.getJsonObject("target").getString("type")).isEqualTo("thread");
            assertThat(w.getJsonObject("target").getJsonNumber("id").longValue()).isEqualTo(thread);
        });
        assertThat(as(quiet).get("watches").json().getJsonArray("items").getJsonObject(0).getString("level"))
                .as("a level once chosen stays when replying").isEqualTo("normal");
    }

    @Test
    void anEditThatNamesSomeoneNewTellsThemAndNoOneTwice() {
        String slug = "notify-edit-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller author = member("Ettore Editor");
        TestAccounts.Caller named = member("Nina Named");
        TestAccounts.Caller added = member("Aldo Added");
        String first = "Ask @" + handle(as(named)) + " about the valves.";
        long thread = id(as(author).post("boards/" + slug + "/threads",
                "{\"title\":\"Valve suppliers\",\"type\":\"question\",\"body\":\"" + first + "\"}"));
        awaitFanOut();
        JsonObject post = as(author).get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0);
        Api.Reply edited = as(author).put("posts/" + post.getJsonNumber("id").longValue(), "{\"body\":\"" + first + " And @"
                + handle(as(added)) + " too.\",\"version\":" + post.getJsonNumber("version").longValue() + "}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        awaitFanOut();

        assertThat(kinds(named)).as("named before the edit: told once").containsExactly("mention");
        assertThat(kinds(added)).as("named by the edit").containsExactly("mention");
        assertThat(kinds(author)).isEmpty();
    }

    @Test
    void theWatchesApiRefusesBadInputAndKeepsWatchesPrivate() {
        TestAccounts.Caller owner = member("Olga Owner");
        TestAccounts.Caller other = member("Omar Other");
        long board = Notifications.board(anonymous, accounts, "notify-" + System.nanoTime());

        Api.Reply set = as(owner).put("watches", watch("board", board, "new-threads"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        long watchId = id(set);
        Api.Reply again = as(owner).put("watches", watch("board", board, "watching"));
        assertThat(id(again)).as("one watch per target, changed in place").isEqualTo(watchId);
        assertThat(again.json().getString("level")).isEqualTo("watching");
        Api.Reply filter = as(owner).put("watches", "{\"target\":{\"type\":\"announcements\",\"filter\":\"country=DE&topic=state-aid\"},"
                + "\"level\":\"watching\"}");
        assertThat(filter.status()).as(filter.toString()).isEqualTo(200);
        assertThat(filter.json().getJsonObject("target").getString("filter")).isEqualTo("country=DE&topic=state-aid");
        assertThat(as(owner).get("watches").json().getJsonArray("items")).hasSize(2);

        for (String bad : List.of("{}", "[]", "{\"target\":{\"type\":\"planet\",\"id\":1},\"level\":\"watching\"}",
                "{\"target\":{\"type\":\"board\",\"id\":" + board + "},\"level\":\"loud\"}",
                "{\"target\":{\"type\":\"board\",\"id\":" + board + "}}",
                "{\"target\":{\"type\":\"board\",\"id\":\"x\"},\"level\":\"watching\"}",
                "{\"target\":{\"type\":\"thread\",\"id\":999999999},\"level\":\"watching\"}",
                "{\"target\":{\"type\":\"search\"},\"level\":\"watching\"}",
                "{\"target\":{\"type\":\"announcements\",\"filter\":\"colour=red\"},\"level\":\"watching\"}")) {
            Api.Reply refused = as(owner).put("watches", bad);
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        long thread = id(as(owner).post("boards/i-can-help/threads", "{\"title\":\"Watch test\",\"type\":\"offer\",\"body\":\"x\"}"));
        assertThat(as(owner).put("watches", watch("thread", thread, "new-threads")).status()).as("boards only").isEqualTo(400);

        assertThat(as(other).delete("watches/" + watchId).status()).as("someone else's").isEqualTo(404);
        assertThat(as(other).get("watches").json().getJsonArray("items")).isEmpty();
        assertThat(as(owner).delete("watches/abc").status()).isEqualTo(404);
        assertThat(anonymous.get("watches").status()).isEqualTo(401);
        assertThat(anonymous.put("watches", watch("board", board, "watching")).status()).isEqualTo(401);
        assertThat(as(owner).delete("watches/" + watchId).status()).isEqualTo(204);
        assertThat(as(owner).delete("watches/" + watchId).status()).isEqualTo(404);
        assertThat(as(owner).get("watches").json().getJsonArray("items")).hasSize(2).as("the thread it started, and the filter")
                .extracting(w -> w.asJsonObject().getJsonObject("target").getString("type")).containsExactlyInAnyOrder("thread", "announcements");
    }

    @Test
    void theMemberLookupNeedsASignInAndShowsNamesNeverAddresses() {
        String name = "Zofia Kowalska " + System.nanoTime();
        TestAccounts.Caller zofia = Notifications.member(anonymous, accounts, name);
        TestAccounts.Caller asker = member("Asker");
        assertThat(anonymous.get("members?prefix=Zofia").status()).isEqualTo(401);

        Api.Reply found = as(asker).get("members?prefix=" + name.substring(0, name.length() - 3).replace(" ", "%20").toLowerCase());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonObject item = found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == zofia.id()).findFirst().orElseThrow();
        assertThat(item.getString("displayName")).isEqualTo(name);
        assertThat(item.getString("organisation")).isEqualTo("Precision Valves SpA");
        assertThat(item.getString("handle")).isEqualTo(Handles.of(name, zofia.id()));
        assertThat(item.keySet()).containsExactlyInAnyOrder("id", "displayName", "organisation", "handle");
        assertThat(found.body()).doesNotContain("@it.clusterhub.test");

        assertThat(as(asker).get("members?prefix=").status()).isEqualTo(400);
        assertThat(as(asker).get("members").status()).isEqualTo(400);
        assertThat(as(asker).get("members?prefix=%25").json().getJsonArray("items")).as("a wildcard is a character").isEmpty();
    }

    @Test
    void aRepeatedFanOutCreatesNothingTwice() throws SQLException {
        String slug = "notify-" + System.nanoTime();
        long board = Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller author = member("Anna Author");
        TestAccounts.Caller watcher = member("Walter Watcher");
        as(watcher).put("watches", watch("board", board, "watching"));
        long thread = id(as(author).post("boards/" + slug + "/threads", "{\"title\":\"Twice\",\"type\":\"experience\",\"body\":\"x\"}"));
        long post = id(as(author).post("threads/" + thread + "/posts", "{\"body\":\"Once more\"}"));
        awaitFanOut();
        long event = number("SELECT id FROM notification_event WHERE subject_type = 'post' AND subject_id = ?", post);
        List<Long> before = numbers("SELECT id FROM notification WHERE event_id = ? ORDER BY id", event);
        assertThat(before).hasSize(1);
        long unread = number("SELECT unread FROM notification_counter WHERE account_id = ?", watcher.id());

        // as if the fan-out's end had been lost: the relay finds the event pending and runs it again
        try (Connection db = TestDatabase.connect();
             PreparedStatement reset = db.prepareStatement("UPDATE notification_event SET fanned_out_at = NULL WHERE id = ?")) {
            reset.setLong(1, event);
            assertThat(reset.executeUpdate()).isEqualTo(1);
        }
        awaitFanOut();
        assertThat(numbers("SELECT id FROM notification WHERE event_id = ? ORDER BY id", event)).isEqualTo(before);
        assertThat(number("SELECT unread FROM notification_counter WHERE account_id = ?", watcher.id())).isEqualTo(unread);

        // an event written by a feature's transaction straight into the outbox, one of whose
        // notifications exists already: the fan-out adds only the missing one, and counts only it
        TestAccounts.Caller first = member("Fabio First");
        TestAccounts.Caller second = member("Greta Second");
        long raised;
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement add = db.prepareStatement("INSERT INTO notification_event (kind, actor_id, subject_type, subject_id,"
                    + " payload, created_at) VALUES ('moderation', NULL, 'thread', ?, ?, UTC_TIMESTAMP(6))",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                add.setLong(1, thread);
                add.setString(2, "{\"target\":{\"type\":\"thread\",\"id\":" + thread + ",\"url\":\"/threads/" + thread
                        + "\",\"title\":\"Twice\"},\"summary\":\"A moderator locked the thread\",\"thread\":" + thread
                        + ",\"to\":[{\"account\":" + first.id() + ",\"kind\":\"moderation\"},{\"account\":" + second.id()
                        + ",\"kind\":\"moderation\"}],\"watchers\":[]}");
                add.executeUpdate();
                try (var key = add.getGeneratedKeys()) {
                    key.next();
                    raised = key.getLong(1);
                }
            }
            try (PreparedStatement existing = db.prepareStatement("INSERT INTO notification (account_id, event_id, kind, target_type,"
                    + " target_id, thread_id, url, title, summary, created_at) VALUES (?, ?, 'moderation', 'thread', ?, ?, '/x', 'Twice', '',"
                    + " UTC_TIMESTAMP(6))")) {
                existing.setLong(1, first.id());
                existing.setLong(2, raised);
                existing.setLong(3, thread);
                existing.setLong(4, thread);
                existing.executeUpdate();
            }
            db.commit();
        }
        awaitFanOut();
        assertThat(number("SELECT COUNT(*) FROM notification WHERE event_id = ? AND account_id = ?", raised, first.id())).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM notification WHERE event_id = ? AND account_id = ?", raised, second.id())).isEqualTo(1);
        assertThat(number("SELECT COALESCE((SELECT unread FROM notification_counter WHERE account_id = ?), 0)", first.id()))
                .as("not counted again").isZero();
        assertThat(as(second).get("notifications").json().getJsonArray("items").getJsonObject(0).getString("summary"))
                .isEqualTo("A moderator locked the thread");
    }

    @Test
    void watchesAndNotificationsAreExportedAndLeaveWithTheAccount() {
        String slug = "notify-" + System.nanoTime();
        long board = Notifications.board(anonymous, accounts, slug);
        TestAccounts.Caller leaving = member("Lena Leaving");
        TestAccounts.Caller author = member("Anna Author");
        as(leaving).put("watches", watch("board", board, "watching"));
        long thread = id(as(author).post("boards/" + slug + "/threads", "{\"title\":\"Export me\",\"type\":\"experience\",\"body\":\"x\"}"));
        awaitFanOut();

        JsonObject export = as(leaving).get("me/export").json().getJsonObject("notifications");
        assertThat(export.getJsonArray("watches").getJsonObject(0).getString("level")).isEqualTo("watching");
        assertThat(export.getJsonArray("notifications").getJsonObject(0).getString("kind")).isEqualTo("board-thread");
        assertThat(export.getJsonArray("notifications").getJsonObject(0).getJsonObject("target").getJsonNumber("id").longValue())
                .isEqualTo(thread);

        assertThat(as(leaving).post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}").status()).isEqualTo(204);
        for (String table : List.of("watch", "notification", "notification_counter")) {
            assertThat(number("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", leaving.id())).as(table).isZero();
        }
    }

    @Test
    void fannedOutEventsAreDeletedAfterTheKeptDaysAndPendingOnesNever() throws SQLException {
        long old;
        long recent;
        try (Connection db = TestDatabase.SHARED.open()) {
            old = event(db, "UTC_TIMESTAMP(6) - INTERVAL 8 DAY", "UTC_TIMESTAMP(6) - INTERVAL 8 DAY");
            recent = event(db, "UTC_TIMESTAMP(6) - INTERVAL 8 DAY", "UTC_TIMESTAMP(6) - INTERVAL 6 DAY");
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (number("SELECT COUNT(*) FROM notification_event WHERE id = ?", old) == 1 && System.nanoTime() < deadline) {
            Notifications.sleep(250);
        }
        assertThat(number("SELECT COUNT(*) FROM notification_event WHERE id = ?", old)).as("fanned out 8 days ago").isZero();
        assertThat(number("SELECT COUNT(*) FROM notification_event WHERE id = ?", recent)).as("fanned out 6 days ago").isOne();
    }

    /** A fanned-out event as the relay leaves it, at the given times (SQL expressions). */
    private static long event(Connection db, String created, String fannedOut) throws SQLException {
        try (PreparedStatement add = db.prepareStatement("INSERT INTO notification_event (kind, actor_id, subject_type, subject_id,"
                + " payload, created_at, fanned_out_at) VALUES ('reply', NULL, 'post', 0, '{}', " + created + ", " + fannedOut + ")",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            add.executeUpdate();
            try (var id = add.getGeneratedKeys()) {
                id.next();
                return id.getLong(1);
            }
        }
    }
}

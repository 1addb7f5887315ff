package eu.clusterhub.notification;

import static eu.clusterhub.notification.Notifications.awaitFanOut;
import static eu.clusterhub.notification.Notifications.number;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saved searches on Payara Micro against MariaDB: a member saves a search with typed filters;
 * a new thread or reply it matches notifies them (search-match), once, even when edited; what
 * it does not match, and their own posts, do not.
 */
class SavedSearchNotificationsIT extends DeployedPortal {

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

    /** A word nobody else writes, letters only (the index stems words). */
    private static String word() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private long thread(TestAccounts.Caller author, String board, String title, String body) {
        Api.Reply started = as(author).post("boards/" + board + "/threads", Json.createObjectBuilder()
                .add("title", title).add("body", body).add("type", "request").build().toString());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().getJsonNumber("id").longValue();
    }

    private List<JsonObject> matches(TestAccounts.Caller caller) {
        return as(caller).get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("search-match")).toList();
    }

    /** Waits until the saved search has looked at everything indexed until now, then until its events are fanned out. */
    private static void awaitRunOver(String query) {
        long posted = System.currentTimeMillis() + 1_500; // the search outbox indexes within about a second
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (number("SELECT COALESCE(MAX(indexed_until), 0) FROM saved_search_run WHERE query = ?", query) < posted) {
            assertThat(System.nanoTime()).as("the saved search ran within 30 s").isLessThan(deadline);
            Notifications.sleep(200);
        }
        awaitFanOut();
    }

    @Test
    void aNewThreadOrReplyMatchingASavedSearchNotifiesItsWatchersOnce() {
        String word = word();
        String board = "saved-" + System.nanoTime();
        String other = "other-" + System.nanoTime();
        Notifications.board(anonymous, accounts, board);
        Notifications.board(anonymous, accounts, other);
        TestAccounts.Caller saver = member("Sandro Saver");
        TestAccounts.Caller author = member("Paola Poster");
        String query = word + " board:" + board + " country:IT";
        Api.Reply saved = as(saver).put("watches", Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("type", "search").add("filter", "  " + word + "   board:" + board + " country:IT"))
                .add("level", "watching").build().toString());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Reply own = as(author).put("watches", Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("type", "search").add("filter", query))
                .add("level", "watching").build().toString());
        assertThat(own.status()).isEqualTo(200);

        thread(author, other, "Valves wanted elsewhere", "We need " + word + " valves, but on another board.");
        long unrelated = thread(author, board, "Gowns wanted", "Nothing of the saved words here.");
        long matching = thread(author, board, "Valves wanted", "Who prints " + word + " valves for ventilators?");
        awaitRunOver(query);

        List<JsonObject> first = matches(saver);
        assertThat(first).as("only the thread it matches").hasSize(1);
        JsonObject n = first.get(0);
        assertThat(n.getJsonObject("target").getString("type")).isEqualTo("thread");
        assertThat(n.getJsonObject("target").getJsonNumber("id").longValue()).isEqualTo(matching);
        assertThat(n.getString("summary")).isEqualTo("A thread matching your saved search \u201c" + query + "\u201d");
        assertThat(matches(author)).as("their own thread does not notify its author").isEmpty();

        // a reply in the unrelated thread that has the word matches
        Api.Reply reply = as(author).post("threads/" + unrelated + "/posts",
                Json.createObjectBuilder().add("body", "Also " + word + " gowns.").build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        awaitRunOver(query);
        assertThat(matches(saver)).extracting(m -> m.getString("summary") + " " + m.getJsonObject("target").getString("type"))
                .containsExactlyInAnyOrder("A thread matching your saved search \u201c" + query + "\u201d thread",
                        "A reply matching your saved search \u201c" + query + "\u201d post");
        assertThat(number("SELECT COUNT(*) FROM saved_search_hit WHERE query = ?", query)).isEqualTo(2);

        // an edit indexes the reply again, still matching: nobody hears of it twice
        Api.Reply edited = as(author).put("posts/" + reply.json().getJsonNumber("id").longValue(), Json.createObjectBuilder()
                .add("body", "Also " + word + " gowns, and aprons.").add("version", reply.json().getJsonNumber("version").longValue())
                .build().toString());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        awaitRunOver(query);
        assertThat(matches(saver)).hasSize(2);

        // once nobody watches it, the query is forgotten with what it announced
        assertThat(as(saver).delete("watches/" + saved.json().getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(as(author).delete("watches/" + own.json().getJsonNumber("id").longValue()).status()).isEqualTo(204);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (number("SELECT COUNT(*) FROM saved_search_run WHERE query = ?", query) > 0) {
            assertThat(System.nanoTime()).as("the query was forgotten within 20 s").isLessThan(deadline);
            Notifications.sleep(200);
        }
        assertThat(number("SELECT COUNT(*) FROM saved_search_hit WHERE query = ?", query)).isZero();
    }
}

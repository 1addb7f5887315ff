package eu.clusterhub.announcement;

import static eu.clusterhub.announcement.Announcements.id;
import static eu.clusterhub.announcement.Announcements.payload;
import static eu.clusterhub.announcement.Announcements.published;
import static eu.clusterhub.notification.Notifications.awaitFanOut;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Announcements raise notifications on Payara Micro against MariaDB: publishing and revising a
 * published announcement notify the members watching a filter it fits, with what happened;
 * nobody else, and never the moderator.
 */
class AnnouncementNotificationsIT extends DeployedPortal {

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

    private void watch(TestAccounts.Caller caller, String filter) {
        Api.Reply reply = as(caller).put("watches",
                "{\"target\":{\"type\":\"announcements\",\"filter\":\"" + filter + "\"},\"level\":\"watching\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** The member's notifications about this announcement, oldest first. */
    private List<JsonObject> about(TestAccounts.Caller caller, long announcement) {
        List<JsonObject> items = new java.util.ArrayList<>(as(caller).get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getJsonObject("target").getJsonNumber("id").longValue() == announcement
                        && "announcement".equals(n.getJsonObject("target").getString("type")))
                .toList());
        java.util.Collections.reverse(items);
        return items;
    }

    @Test
    void publishingAndRevisingNotifyTheWatchersOfAFilterItFitsWithWhatChanged() {
        TestAccounts.Caller watcher = member("Wanda Watcher");
        TestAccounts.Caller bySource = member("Sergio Source");
        TestAccounts.Caller elsewhere = member("Otto Elsewhere");
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        Api mod = as(moderator);
        watch(watcher, "topic=medical-equipment&country=DE");
        watch(bySource, "source=european-commission");
        watch(elsewhere, "country=FR&topic=medical-equipment");
        watch(moderator, "country=DE");

        JsonObject draft = Announcements.created(mod, payload("Faster approval of ventilators", 1961).add("country", "DE"));
        long id = id(draft);
        awaitFanOut();
        assertThat(about(watcher, id)).as("a draft is not news").isEmpty();

        JsonObject published = mod.post("announcements/" + id + "/publish", "").json();
        awaitFanOut();
        List<JsonObject> first = about(watcher, id);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getString("kind")).isEqualTo("announcement");
        assertThat(first.get(0).getString("summary")).isEqualTo("Published: Faster approval of ventilators");
        assertThat(first.get(0).getJsonObject("target").getString("url")).endsWith("/announcements/" + draft.getString("slug"));
        assertThat(about(bySource, id)).as("the source type alone fits").hasSize(1);

        JsonObject edit = payload("Faster approval of ventilators", 1961).add("country", "DE")
                .add("effectiveDate", "1961-04-02")
                .add("bodyMarkdown", "The measure applies from April.")
                .add("version", published.getJsonNumber("version").longValue()).build();
        Api.Reply revised = mod.put("announcements/" + id, edit.toString());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        awaitFanOut();
        List<JsonObject> both = about(watcher, id);
        assertThat(both).extracting(n -> n.getString("summary"))
                .containsExactly("Published: Faster approval of ventilators", "Revised: body, effective date");

        assertThat(mod.post("announcements/" + id + "/pin", "").status()).isEqualTo(200);
        assertThat(mod.post("announcements/" + id + "/archive", "").status()).isEqualTo(200);
        awaitFanOut();
        assertThat(about(watcher, id)).as("pinning and archiving are silent").hasSize(2);
        assertThat(about(elsewhere, id)).as("another country's watcher").isEmpty();
        assertThat(about(moderator, id)).as("the moderator who acted").isEmpty();
    }

    @Test
    void aRevisionThatMovesAnAnnouncementToAnotherCountryTellsTheWatchersOfBoth() {
        TestAccounts.Caller before = member("Bea Before");
        TestAccounts.Caller after = member("Alf After");
        Api mod = as(accounts.withRole("MODERATOR"));
        watch(before, "country=AT");
        watch(after, "country=SI");
        JsonObject published = published(mod, payload("Cross-border transport of masks", 1962).add("country", "AT"));
        long id = id(published);
        JsonObject edit = payload("Cross-border transport of masks", 1962).add("country", "SI")
                .add("version", published.getJsonNumber("version").longValue()).build();
        assertThat(mod.put("announcements/" + id, edit.toString()).status()).isEqualTo(200);
        awaitFanOut();
        assertThat(about(before, id)).extracting(n -> n.getString("summary"))
                .containsExactly("Published: Cross-border transport of masks", "Revised: country");
        assertThat(about(after, id)).extracting(n -> n.getString("summary")).containsExactly("Revised: country");
    }
}

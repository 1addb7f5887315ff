package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.BoardPage;
import eu.clusterhub.browser.pages.NotificationsPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.notification.Handles;
import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: member A watches a board with its button; B starts a thread there
 * mentioning A and replies to it; A's bell shows 2 without a reload (the page polls the
 * count); A opens the notifications, sees the thread's group, marks all read, and the bell
 * count drops to nothing; from the notification A opens the thread and replies, mentioning B
 * through the autocomplete, and B is notified; A mutes the thread, and B's next post, which
 * mentions A, reaches A no more.
 */
class NotificationJourneyIT extends BrowserJourney {

    private record Member(String displayName, TestAccounts.Caller caller) {
    }

    @Test
    void aWatcherSeesTheBellCountAMentionAndAPostWithoutReloading() {
        Api anonymous = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(anonymous);
        String slug = "journey-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        String name = "Alma Watcher " + System.nanoTime();
        TestAccounts.Caller watcher = Notifications.member(anonymous, accounts, name);
        String writerName = "Bruno Writer " + System.nanoTime();
        Member writer = new Member(writerName, Notifications.member(anonymous, accounts, writerName));

        String root = Http.root(base);
        SignInPage.open(driver, root).signIn(watcher.email(), TestAccounts.PASSWORD);
        BoardPage board = BoardPage.open(driver, root, slug);
        assertThat(board.watchLevel()).isEqualTo("normal");
        board.watch("every-post");
        assertThat(board.watchLevel()).isEqualTo("every post");
        assertThat(NotificationsPage.bellCount(driver)).isZero();
        assertThat(Accessibility.violations(driver)).isEmpty();

        Api b = anonymous.as(writer.caller.token());
        long thread = b.post("boards/" + slug + "/threads", Json.createObjectBuilder().add("title", "Who prints valves?")
                .add("type", "question").add("body", "Asking @" + Handles.of(name, watcher.id()) + ", who knows the market.")
                .build().toString()).json().getJsonNumber("id").longValue();
        assertThat(b.post("threads/" + thread + "/posts", "{\"body\":\"Also: PA12 or PETG?\"}").status()).isEqualTo(201);

        String before = driver.getCurrentUrl();
        NotificationsPage.awaitBell(driver, 2);
        assertThat(driver.getCurrentUrl()).as("no reload, no navigation").isEqualTo(before);
        assertThat(driver.findElement(org.openqa.selenium.By.id("notifications-link")).getAttribute("aria-label"))
                .isEqualTo("Notifications, 2 unread");

        NotificationsPage notifications = NotificationsPage.openFromBell(driver);
        assertThat(notifications.groupTitles()).containsExactly("Who prints valves?");
        assertThat(notifications.unreadLines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("mentioned you"))
                .anySatisfy(l -> assertThat(l).contains("posted in a board you watch"));
        assertThat(NotificationsPage.bellCount(driver)).isEqualTo(2);
        assertThat(Accessibility.violations(driver)).isEmpty();
        notifications.markAllRead();
        assertThat(NotificationsPage.bellCount(driver)).isZero();
        assertThat(notifications.unreadLines()).isEmpty();
        assertThat(notifications.groupTitles()).as("read ones stay listed").containsExactly("Who prints valves?");

        // A answers from the thread, mentioning B through the autocomplete
        ThreadPage page = notifications.openGroup("Who prints valves?");
        page.mention(writerName.substring(0, writerName.length() - 2));
        String handle = Handles.of(writer.displayName, writer.caller.id());
        assertThat(page.replyText()).isEqualTo("@" + handle + " ");
        page.reply("we do, 100 a week.");
        Notifications.awaitFanOut();
        assertThat(b.get("notifications").json().getJsonArray("items").getJsonObject(0).getString("kind")).isEqualTo("mention");

        // A mutes the thread: B's answer to A's reply reaches A no more
        assertThat(page.watchLevel()).as("replying watches").isEqualTo("watching");
        page.watch("mute");
        assertThat(page.watchLevel()).isEqualTo("muted");
        Api a = anonymous.as(watcher.token());
        long answered = a.get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long aReply = b.get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonObject("target")
                .getJsonNumber("id").longValue();
        assertThat(aReply).isEqualTo(thread);
        assertThat(b.post("threads/" + thread + "/posts", "{\"body\":\"Thanks, @" + Handles.of(name, watcher.id()) + "!\"}").status())
                .isEqualTo(201);
        Notifications.awaitFanOut();
        assertThat(a.get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .as("nothing new for A, not even the mention").isEqualTo(answered);
    }
}

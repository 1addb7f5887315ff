package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.BoardPage;
import eu.clusterhub.browser.pages.NotificationsPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.browser.pages.WatchPage;
import eu.clusterhub.notification.DigestSchedule;
import eu.clusterhub.notification.Handles;
import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The issue's journey in headless Chromium: member A watches a board with its button and
 * follows a search from the search page; B starts a thread there that matches the search and
 * mentions A; A's bell shows 2 without a reload (the page polls the count); A opens the
 * notifications, marks them read, and the count drops. The mention is mailed at once; what A
 * watches waits for the daily digest, due at A's hour on A's next day — the test moves the
 * clock to that hour (the digest's due time, over JDBC: the sender's clock passing it),
 * never sleeps a day, and the digest arrives with links to everything.
 * Then A answers from the thread, mentioning B through the autocomplete (B is notified), mutes
 * the thread, and B's next post, which mentions A, reaches A no more.
 */
class NotificationJourneyIT extends BrowserJourney {

    @Test
    void aWatcherHearsOfAMatchingThreadInTheBellAndTheNextDaysDigest() {
        Api anonymous = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(anonymous);
        String slug = "journey-" + System.nanoTime();
        Notifications.board(anonymous, accounts, slug);
        String name = "Alma Watcher " + System.nanoTime();
        TestAccounts.Caller watcher = Notifications.member(anonymous, accounts, name);
        String writerName = "Bruno Writer " + System.nanoTime();
        TestAccounts.Caller writer = Notifications.member(anonymous, accounts, writerName);
        String word = "valvejourney" + Long.toString(System.nanoTime(), 36);

        String root = Http.root(base);
        SignInPage.open(driver, root).signIn(watcher.email(), TestAccounts.PASSWORD);
        BoardPage board = BoardPage.open(driver, root, slug);
        assertThat(board.watchLevel()).isEqualTo("normal");
        board.watch("every-post");
        assertThat(board.watchLevel()).isEqualTo("every post");
        driver.get(root + "search?q=" + word);
        WatchPage follow = WatchPage.fromLink(driver, "follow-search");
        assertThat(follow.description()).contains(word);
        follow.follow();
        assertThat(NotificationsPage.bellCount(driver)).isZero();
        assertThat(Accessibility.violations(driver)).isEmpty();

        String title = "Who prints " + word + "?";
        Api b = anonymous.as(writer.token());
        long thread = b.post("boards/" + slug + "/threads", Json.createObjectBuilder().add("title", title).add("type", "question")
                .add("body", "Asking @" + Handles.of(name, watcher.id()) + ", who knows the market for " + word + ".")
                .build().toString()).json().getJsonNumber("id").longValue();

        // the mention (which the board watch would have said too: one notification per post) and the search match
        String before = driver.getCurrentUrl();
        NotificationsPage.awaitBell(driver, 2);
        assertThat(driver.getCurrentUrl()).as("no reload, no navigation").isEqualTo(before);
        assertThat(driver.findElement(By.id("notifications-link")).getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");

        NotificationsPage notifications = NotificationsPage.openFromBell(driver);
        assertThat(notifications.groupTitles()).containsExactly(title);
        assertThat(notifications.unreadLines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("mentioned you"))
                .anySatisfy(l -> assertThat(l).contains("new result of a search you watch"));
        assertThat(Accessibility.violations(driver)).isEmpty();
        notifications.markAllRead();
        assertThat(NotificationsPage.bellCount(driver)).isZero();
        assertThat(notifications.unreadLines()).isEmpty();
        assertThat(notifications.groupTitles()).as("read ones stay listed").containsExactly(title);

        // by mail: the mention at once, the search match in tomorrow's digest at A's hour in A's time zone
        assertThat(TestMail.to(watcher.email(), "mentioned you")).contains(title);
        Api a = anonymous.as(watcher.token());
        JsonObject settings = a.get("me/notification-settings").json();
        long digest = Notifications.number("SELECT id FROM notification_mail WHERE account_id = ? AND delivery = 'daily'", watcher.id());
        assertThat(digest).as("a daily digest is planned").isPositive();
        LocalDateTime planned = Notifications.time("SELECT created_at FROM notification_mail WHERE id = ?", digest);
        LocalDateTime due = Notifications.time("SELECT send_after FROM notification_mail WHERE id = ?", digest);
        DigestSchedule.Due expected = DigestSchedule.nextDaily(planned, ZoneId.of(settings.getString("timeZone")),
                settings.getInt("digestHour"));
        assertThat(due).isEqualTo(expected.atUtc()).isAfter(LocalDateTime.now(ZoneOffset.UTC));
        assertThat(TestMail.messagesTo(watcher.email())).as("no digest before its hour").hasSize(1);

        Duration untilDue = Duration.between(LocalDateTime.now(ZoneOffset.UTC), due);
        assertThat(Notifications.update("UPDATE notification_mail SET send_after = send_after - INTERVAL ? SECOND,"
                + " next_attempt_at = next_attempt_at - INTERVAL ? SECOND WHERE id = ?", untilDue.toSeconds() + 1,
                untilDue.toSeconds() + 1, digest)).isEqualTo(1);
        String digestMail = TestMail.to(watcher.email(), "digest of");
        assertThat(digestMail).contains("Your daily ClusterHub digest of").contains(": 1 notification")
                .contains("matching your saved search").contains(title)
                .contains(TestMail.CONFIGURED_BASE + "/threads/" + thread)
                .contains(TestMail.CONFIGURED_BASE + "/notifications");
        assertThat(TestMail.messagesTo(watcher.email())).as("the mention and the digest, nothing else").hasSize(2);

        // A answers from the thread, mentioning B through the autocomplete
        driver.get(root + "notifications");
        ThreadPage page = new NotificationsPage(driver).openGroup(title);
        page.mention(writerName.substring(0, writerName.length() - 2));
        assertThat(page.replyText()).isEqualTo("@" + Handles.of(writerName, writer.id()) + " ");
        page.reply("we do, 100 a week.");
        Notifications.awaitFanOut();
        assertThat(b.get("notifications").json().getJsonArray("items").getJsonObject(0).getString("kind")).isEqualTo("mention");

        // A mutes the thread: B's answer, mentioning A, reaches A no more
        assertThat(page.watchLevel()).as("replying watches").isEqualTo("watching");
        page.watch("mute");
        assertThat(page.watchLevel()).isEqualTo("muted");
        long newest = a.get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(b.post("threads/" + thread + "/posts", "{\"body\":\"Thanks, @" + Handles.of(name, watcher.id()) + "!\"}").status())
                .isEqualTo(201);
        Notifications.awaitFanOut();
        assertThat(a.get("notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .as("nothing new for A, not even the mention").isEqualTo(newest);
    }
}

package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.WatchPage;
import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a member follows a filtered list of needs from the link next to it (the
 * reading pages keep no form; /watch has the button) and hears of a new need that matches.
 * Following a search the same way is part of {@link NotificationJourneyIT}.
 */
class FollowJourneyIT extends BrowserJourney {

    /** Follows the link to /watch and presses Follow there; what was followed, in words. */
    private String follow(String linkId) {
        WatchPage watch = WatchPage.fromLink(driver, linkId);
        String description = watch.description();
        watch.follow();
        return description;
    }

    @Test
    void aMemberFollowsAListOfNeedsAndHearsOfANewNeedThatMatches() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller follower = accounts.withRole("MEMBER");
        Api other = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        String root = Http.root(base);

        SignInPage.open(driver, root).signIn(follower.email(), TestAccounts.PASSWORD);
        driver.get(root + "needs?category=test-kits&country=LV");
        assertThat(follow("follow-listings")).contains("category: test-kits").contains("country: LV");
        assertThat(Accessibility.violations(driver)).isEmpty();


        Api.Reply need = other.post("needs", "{\"category\":\"test-kits\",\"title\":\"Antigen tests for Riga\",\"description\":\"x\","
                + "\"quantity\":500,\"neededBy\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(20) + "\",\"country\":\"LV\"}");
        assertThat(need.status()).as(need.toString()).isEqualTo(201);

        Api mine = Api.anonymous(base).as(follower.token());
        List<String> kinds = new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            Notifications.awaitFanOut();
            List<String> found = mine.get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(n -> n.getString("kind")).toList();
            return found.contains("listing-new") ? found : null;
        });
        assertThat(kinds).containsOnly("listing-new");
    }
}

package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.SignInPage;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a member follows a list of needs and a search from the links next to
 * them (the reading pages keep no form; /watch has the button), and hears of a new need and
 * of a new thread that match.
 */
class FollowJourneyIT extends BrowserJourney {

    /** Follows the link to /watch, presses Follow, waits for the page to say so; what was followed, in words. */
    private String follow(String linkId) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
        wait.until(d -> {
            d.findElement(By.id(linkId)).click();
            return true;
        });
        wait.until(d -> d.getCurrentUrl().contains("/watch?"));
        String description = wait.until(d -> d.findElement(By.id("watch-description")).getText());
        wait.until(d -> {
            d.findElement(By.id("watch:follow")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("watch-state")).getText().startsWith("You follow"));
        return description;
    }

    @Test
    void aMemberFollowsNeedsAndASearchFromTheirPagesAndHearsOfNewMatches() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller follower = accounts.withRole("MEMBER");
        Api other = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        String root = Http.root(base);
        String word = "follow" + Long.toString(System.nanoTime(), 36);

        SignInPage.open(driver, root).signIn(follower.email(), TestAccounts.PASSWORD);
        driver.get(root + "needs?category=test-kits&country=LV");
        assertThat(follow("follow-listings")).contains("category: test-kits").contains("country: LV");
        assertThat(Accessibility.violations(driver)).isEmpty();

        driver.get(root + "search?q=" + word);
        assertThat(follow("follow-search")).contains(word);

        Api.Reply need = other.post("needs", "{\"category\":\"test-kits\",\"title\":\"Antigen tests for Riga\",\"description\":\"x\","
                + "\"quantity\":500,\"neededBy\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(20) + "\",\"country\":\"LV\"}");
        assertThat(need.status()).as(need.toString()).isEqualTo(201);
        Api.Reply thread = other.post("boards/technological-solutions/threads", "{\"title\":\"Notes on " + word + "\",\"type\":\"experience\","
                + "\"body\":\"What we learnt about " + word + ".\"}");
        assertThat(thread.status()).as(thread.toString()).isEqualTo(201);

        Api mine = Api.anonymous(base).as(follower.token());
        List<String> kinds = new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            Notifications.awaitFanOut();
            List<String> found = mine.get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(n -> n.getString("kind")).toList();
            return found.contains("listing-new") && found.contains("search-match") ? found : null;
        });
        assertThat(kinds).containsOnly("listing-new", "search-match");
    }
}

package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.BoardPage;
import eu.clusterhub.browser.pages.BoardsPage;
import eu.clusterhub.browser.pages.HomePage;
import eu.clusterhub.browser.pages.NotFoundPage;
import eu.clusterhub.browser.pages.SearchPage;
import eu.clusterhub.testsupport.Boards;
import eu.clusterhub.testsupport.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** A visitor in headless Chromium: home page, boards, navigation, the 404 page. */
class HomePageJourneyIT extends BrowserJourney {

    @Test
    void visitorSeesTheBoardsAndFollowsTheNavigation() {
        HomePage home = HomePage.open(driver, Http.root(base));

        assertThat(home.title()).isEqualTo("Home · ClusterHub");
        assertThat(home.language()).isEqualTo("en");
        assertThat(home.navigationLinks()).containsExactly("Announcements", "Boards", "Search", "Matchmaking", "Sign in");
        assertThat(home.boardNames()).as("other test classes may add boards").containsSubsequence(Boards.SEED_NAMES);

        BoardPage funding = home.openBoard("Funding");
        assertThat(funding.heading()).isEqualTo("Funding");
        assertThat(funding.description()).startsWith("EU, national and regional funding calls");
        assertThat(driver.getCurrentUrl()).endsWith("/boards/funding");

        BoardsPage boards = funding.backToBoards();
        assertThat(boards.heading()).isEqualTo("Boards");
        assertThat(boards.boardNames()).containsSubsequence(Boards.SEED_NAMES);
        assertThat(boards.descriptionOf("i-can-help")).startsWith("Offer capacity");

        assertThat(boards.openBoard("Technological solutions & tips").heading()).isEqualTo("Technological solutions & tips");
        assertThat(boards.openAnnouncements().heading()).isEqualTo("Announcements");
        assertThat(new HomePage(driver).openSearch().heading()).isEqualTo("Search");
        assertThat(new HomePage(driver).openSignIn().heading()).isEqualTo("Sign in");

        SearchPage search = new HomePage(driver).searchFromHeader("ventilator valves");
        assertThat(search.heading()).isEqualTo("Search");
        assertThat(search.query()).isEqualTo("ventilator valves");
    }

    @Test
    void pagesWithoutWidgetsLoadNoPrimeFacesScriptOrTheme() {
        for (String path : List.of("", "boards", "boards/funding", "announcements", "search", "signin", "register")) {
            driver.get(Http.root(base) + path);

            Object loaded = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(r => r.name)"
                            + ".filter(n => n.includes('ln=primefaces') || n.includes('primefaces-'));");
            assertThat((List<?>) loaded).as("PrimeFaces resources loaded by /%s", path).isEmpty();
            assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.PrimeFaces"))
                    .as("/%s", path).isEqualTo("undefined");
        }
        HomePage home = HomePage.open(driver, Http.root(base));
        assertThat(home.heroActions()).containsExactly("Read official updates", "Browse the boards");
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        HomePage home = HomePage.open(driver, Http.root(base));

        assertThat(home.firstTabStop()).isEqualTo("Skip to main content");
    }

    @Test
    void theLayoutFitsASmallPhoneScreen() {
        driver.manage().window().setSize(new Dimension(360, 740));
        HomePage home = HomePage.open(driver, Http.root(base));

        assertThat(home.fitsWindowWidth()).isTrue();
        assertThat(home.boardNames()).as("other test classes may add boards").containsSubsequence(Boards.SEED_NAMES);
    }

    @Test
    void thePagesMeetWcagAA() {
        for (String path : List.of("", "boards", "boards/funding", "announcements", "search", "signin", "no-such-page")) {
            driver.get(Http.root(base) + path);

            assertThat(Accessibility.violations(driver)).as("accessibility of /%s", path).isEmpty();
        }
    }

    @Test
    void anUnknownPathShowsTheFriendly404() {
        NotFoundPage notFound = NotFoundPage.open(driver, Http.root(base) + "this/page/does-not-exist");

        assertThat(notFound.isShown()).isTrue();
        assertThat(notFound.heading()).isEqualTo("We could not find that page");
        assertThat(notFound.pageText()).doesNotContain("Exception", "stack");
        assertThat(notFound.goHome().boardNames()).as("other test classes may add boards").containsSubsequence(Boards.SEED_NAMES);
    }
}

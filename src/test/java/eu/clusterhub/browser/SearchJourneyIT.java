package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.HomePage;
import eu.clusterhub.browser.pages.SearchPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a reader types a query in the header box, sees highlighted
 * results from the forum and the announcements, narrows them with a facet, and opens a hit.
 */
class SearchJourneyIT extends BrowserJourney {

    @Test
    void aReaderFindsNarrowsAndOpensAHit() {
        Api member = Api.anonymous(base).as(new TestAccounts(Api.anonymous(base)).withRole("MEMBER").token());
        long thread = member.post("boards/i-can-help/threads", "{\"title\":\"Face masks from our textile lines\",\"type\":\"offer\","
                + "\"body\":\"We sew 20 000 <b>face masks</b> a week and can ship to hospitals in Lombardy.\"}")
                .json().getJsonNumber("id").longValue();

        HomePage home = HomePage.open(driver, Http.root(base));
        // the index is written just after the commit: the first search may come before it
        SearchPage results = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            SearchPage page = new HomePage(d).searchFromHeader("masks");
            return page.hitTitles().contains("Face masks from our textile lines") ? page : null;
        });
        assertThat(results.query()).isEqualTo("masks");
        assertThat(results.hitTitles()).as("an announcement matches too").contains("Italy: \"Cura Italia\" decree supports companies"
                + " and allows emergency production of masks");
        assertThat(results.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>masks</mark>").contains("&lt;b&gt;"));
        assertThat(Accessibility.violations(driver)).isEmpty();

        SearchPage forumOnly = results.narrow("kind", "thread");
        assertThat(forumOnly.isActive("kind", "thread")).isTrue();
        assertThat(forumOnly.hitTitles()).contains("Face masks from our textile lines")
                .doesNotContain("Italy: \"Cura Italia\" decree supports companies and allows emergency production of masks");

        SearchPage recent = forumOnly.narrow("date", "past week");
        assertThat(recent.isActive("date", "past week")).isTrue();
        assertThat(recent.isActive("kind", "thread")).as("facets combine").isTrue();
        assertThat(recent.hitTitles()).contains("Face masks from our textile lines");

        recent.openHit(recent.hitTitles().indexOf("Face masks from our textile lines"));
        ThreadPage opened = new ThreadPage(driver);
        assertThat(opened.heading()).isEqualTo("Face masks from our textile lines");
        assertThat(opened.currentUrl()).contains("/threads/" + thread);

        SearchPage none = SearchPage.open(driver, Http.root(base), "masks board:funding zzzyyx");
        assertThat(none.noResults()).contains("without the filters");
    }

    @Test
    void anAdminRebuildsTheIndexAndWatchesItsProgress() {
        eu.clusterhub.browser.pages.SignInPage.open(driver, Http.root(base)).signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
        driver.get(Http.root(base) + "admin/search");
        assertThat(driver.findElement(org.openqa.selenium.By.id("index-size")).getText()).contains("documents");
        assertThat(Accessibility.violations(driver)).isEmpty();
        driver.findElement(org.openqa.selenium.By.id("rebuild:start")).click();
        // the page refreshes itself every 2 s while the rebuild runs
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(org.openqa.selenium.By.id("job-status")).getText().equals("finished"));
        assertThat(driver.findElement(org.openqa.selenium.By.id("job-progress")).getAttribute("value")).isEqualTo("100");
    }
}

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
 * results from the forum and the announcements, narrows them with a facet, and opens a hit;
 * narrows to offers of production capacity and by their category, named as the catalogue names it.
 */
class SearchJourneyIT extends BrowserJourney {

    @Test
    void aReaderFindsNarrowsAndOpensAHit() {
        Api member = Api.anonymous(base).as(new TestAccounts(Api.anonymous(base)).withRole("MEMBER").token());
        long thread = member.post("boards/i-can-help/threads", "{\"title\":\"Face masks from our textile lines\",\"type\":\"offer\","
                + "\"body\":\"We sew 20 000 <b>face masks</b> a week and can ship to hospitals in Lombardy.\"}")
                .json().getJsonNumber("id").longValue();

        // other tests write about masks too, so the announcement is looked for among announcements
        assertThat(SearchPage.open(driver, Http.root(base), "masks kind:announcement").hitTitles()).as("an announcement matches too")
                .contains("Italy: \"Cura Italia\" decree supports companies and allows emergency production of masks");
        HomePage home = HomePage.open(driver, Http.root(base));
        // the index is written just after the commit: the first search may come before it
        SearchPage results = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            SearchPage page = new HomePage(d).searchFromHeader("masks");
            return page.hitTitles().contains("Face masks from our textile lines") ? page : null;
        });
        assertThat(results.query()).isEqualTo("masks");
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
    void aReaderNarrowsToOffersAndByCategory() {
        Api member = Api.anonymous(base).as(new TestAccounts(Api.anonymous(base)).withRole("MEMBER").token());
        Api.Reply created = member.post("offers", "{\"category\":\"ffp2-masks\",\"title\":\"Pleated visor masks FFP2\","
                + "\"description\":\"Pleated visor masks from our line in Brno.\",\"capacityPerWeek\":5000,\"unit\":\"pieces\","
                + "\"leadTimeDays\":5,\"minimumOrder\":0,\"certifications\":[\"en-149\"],\"countries\":[\"CZ\",\"SK\"],"
                + "\"validUntil\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(2) + "\",\"language\":\"en\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long offer = created.json().getJsonNumber("id").longValue();

        SearchPage results = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            SearchPage page = SearchPage.open(d, Http.root(base), "pleated visor");
            return page.hitTitles().size() >= 2 ? page : null; // the offer and its discussion thread
        });
        SearchPage offers = results.narrow("kind", "offer");
        assertThat(offers.isActive("kind", "offer")).isTrue();
        assertThat(offers.hitUrls()).singleElement().satisfies(url -> assertThat(url).endsWith("/offers/" + offer));
        SearchPage masks = offers.narrow("category", "Masks");
        assertThat(masks.isActive("category", "Masks")).as("an ancestor of FFP2 masks").isTrue();
        assertThat(masks.hitTitles()).containsExactly("Pleated visor masks FFP2");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    void anAdminRebuildsTheIndexAndWatchesItsProgress() {
        eu.clusterhub.browser.pages.SignInPage.open(driver, Http.root(base)).signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
        driver.get(Http.root(base) + "admin/search");
        assertThat(driver.findElement(org.openqa.selenium.By.id("index-size")).getText()).contains("documents");
        assertThat(Accessibility.violations(driver)).isEmpty();
        // another test's rebuild may be on the page already: wait for this one's
        String before = driver.findElements(org.openqa.selenium.By.id("progress-heading")).stream().map(e -> e.getText())
                .findFirst().orElse("");
        driver.findElement(org.openqa.selenium.By.id("rebuild:start")).click();
        // the page refreshes itself every 2 s while the rebuild runs
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElement(org.openqa.selenium.By.id("progress-heading")).getText().equals(before)
                        && d.findElement(org.openqa.selenium.By.id("job-status")).getText().equals("finished"));
        assertThat(driver.findElement(org.openqa.selenium.By.id("job-progress")).getAttribute("value")).isEqualTo("100");
    }
}

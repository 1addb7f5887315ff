package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.HomePage;
import eu.clusterhub.browser.pages.OverviewPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a visitor opens the capacity overview from the header, sees the
 * chart and the table, narrows it to a country (an address to bookmark), and after a need
 * is published the overview shows the larger quantity; a moderator gets the export links.
 */
class OverviewJourneyIT extends BrowserJourney {

    @Test
    void aVisitorReadsNarrowsAndSeesANewNeedCounted() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        Api member = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        publishNeed(member, "Hand sanitiser for Tallinn schools", 4000);
        assertThat(member.post("offers", "{\"category\":\"hand-sanitiser\",\"title\":\"Sanitiser from our distillery\","
                + "\"description\":\"Ethanol based.\",\"capacityPerWeek\":1500,\"leadTimeDays\":3,\"countries\":[\"EE\"],"
                + "\"validUntil\":\"" + in(60) + "\"}").status()).isEqualTo(201);

        HomePage.open(driver, Http.root(base));
        driver.findElement(org.openqa.selenium.By.cssSelector("nav.site-nav")).findElement(org.openqa.selenium.By.linkText("Matchmaking")).click();
        OverviewPage overview = new OverviewPage(driver);
        assertThat(overview.heading()).isEqualTo("Capacity overview");
        assertThat(overview.chartDrawn()).isTrue();
        assertThat(overview.chartData().get(0)).contains("Disinfectants and antiseptics (litres)");
        assertThat(overview.offersExport()).as("exports are for moderators").isFalse();
        assertThat(Accessibility.violations(driver)).isEmpty();

        OverviewPage estonia = overview.filterByCountry("Estonia");
        assertThat(estonia.currentUrl()).contains("country=EE");
        assertThat(estonia.selectedCountry()).isEqualTo("Estonia");
        // the figures follow within seconds (the server keeps them briefly): reload until they count the need
        estonia = reloadUntil(estonia, page -> page.oldestNeedTitles().contains("Hand sanitiser for Tallinn schools"));
        assertThat(estonia.rowCountries()).containsOnly("EE");
        OverviewPage.Row before = estonia.row("disinfectants", "EE").orElseThrow();
        assertThat(before.category()).isEqualTo("Disinfectants and antiseptics");
        assertThat(before.country()).isEqualTo("Estonia");
        assertThat(estonia.oldestNeedTitles()).contains("Hand sanitiser for Tallinn schools");
        long need = number(before.need());
        long capacity = number(before.capacity());
        assertThat(need).isGreaterThanOrEqualTo(4000);
        assertThat(capacity).isGreaterThanOrEqualTo(1500);
        assertThat(number(before.gap())).isEqualTo(need - capacity);

        // the address is the view: opened again, it shows the same filter and figures
        String bookmark = estonia.currentUrl();
        driver.get(bookmark);
        OverviewPage reopened = new OverviewPage(driver);
        assertThat(reopened.selectedCountry()).isEqualTo("Estonia");
        assertThat(reopened.row("disinfectants", "EE").orElseThrow()).isEqualTo(before);

        publishNeed(member, "More sanitiser for Tartu", 2500);
        OverviewPage after = reloadUntil(new OverviewPage(driver),
                page -> page.row("disinfectants", "EE").map(r -> number(r.need()) != need).orElse(false));
        OverviewPage.Row changed = after.row("disinfectants", "EE").orElseThrow();
        assertThat(number(changed.need())).isEqualTo(need + 2500);
        assertThat(number(changed.gap())).isEqualTo(need + 2500 - capacity);
        List<List<Object>> chart = after.chartData();
        int at = chart.get(0).indexOf("Disinfectants and antiseptics (litres)");
        assertThat(((Number) chart.get(1).get(at)).longValue()).as("the chart shows the change").isEqualTo(need + 2500);
    }

    @Test
    void aModeratorIsOfferedTheExports() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);
        OverviewPage overview = OverviewPage.open(driver, Http.root(base), "?country=EE");
        assertThat(overview.offersExport()).isTrue();
        String href = driver.findElement(org.openqa.selenium.By.id("export-csv")).getAttribute("href");
        assertThat(href).endsWith("/api/matchmaking/export.csv?country=EE");
    }

    @Test
    void anUnknownFilterIsExplainedOnThePage() {
        OverviewPage overview = OverviewPage.open(driver, Http.root(base), "?country=US");
        assertThat(driver.findElement(org.openqa.selenium.By.id("overview-problem")).getText())
                .contains("country").contains("EU/EEA");
    }

    /** Opens the current address again until the page shows what is expected. */
    private OverviewPage reloadUntil(OverviewPage page, java.util.function.Predicate<OverviewPage> shows) {
        String address = page.currentUrl();
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .pollingEvery(java.time.Duration.ofMillis(500)).until(d -> {
                    OverviewPage current = new OverviewPage(d);
                    if (shows.test(current)) {
                        return current;
                    }
                    d.get(address);
                    return null;
                });
    }

    private static void publishNeed(Api member, String title, long quantity) {
        Api.Reply reply = member.post("needs", "{\"category\":\"hand-sanitiser\",\"title\":\"" + title + "\","
                + "\"description\":\"For the schools.\",\"quantity\":" + quantity + ",\"neededBy\":\"" + in(20) + "\",\"country\":\"EE\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String in(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(",", ""));
    }
}

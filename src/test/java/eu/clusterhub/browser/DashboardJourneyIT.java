package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.DashboardPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a moderator opens the dashboard, sees its figures and both charts
 * drawn over 30 days, switches to 90 days; an admin opens the moderation settings. Both
 * pages pass the accessibility check.
 */
class DashboardJourneyIT extends BrowserJourney {

    @Test
    void aModeratorReadsTheDashboardOverThirtyAndNinetyDays() {
        TestAccounts.Caller moderator = new TestAccounts(Api.anonymous(base)).withRole("MODERATOR");
        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);

        DashboardPage dashboard = DashboardPage.open(driver, Http.root(base), "");
        assertThat(dashboard.heading()).isEqualTo("Moderator dashboard");
        assertThat(dashboard.drawnCharts()).containsExactly("activity-chart", "neglected-chart");
        assertThat(dashboard.chartDays()).isEqualTo(30);
        assertThat(dashboard.perDayRows()).isEqualTo(30);
        assertThat(Long.parseLong(dashboard.figure("awaiting-approval"))).isNotNegative();
        assertThat(Accessibility.violations(driver)).isEmpty();

        DashboardPage ninety = dashboard.period(90);
        assertThat(ninety.drawnCharts()).hasSize(2);
        assertThat(ninety.chartDays()).isEqualTo(90);
        assertThat(ninety.perDayRows()).isEqualTo(90);
    }

    @Test
    void anAdminOpensTheModerationSettings() {
        SignInPage.open(driver, Http.root(base)).signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
        driver.get(Http.root(base) + "admin/moderation");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Moderation settings");
        assertThat(driver.findElement(By.id("settings:first-posts")).getAttribute("value")).isEqualTo("0");
        assertThat(Accessibility.violations(driver)).isEmpty();

        driver.findElement(By.id("settings:reset")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("settings")).getText()
                .contains("Back to the configured defaults."));
        assertThat(Accessibility.violations(driver)).isEmpty();
    }
}

package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.ListingPage;
import eu.clusterhub.browser.pages.NeedFormPage;
import eu.clusterhub.browser.pages.OfferFormPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a supplier offers capacity through the form; a hospital buyer
 * publishes a need (a bad quantity is refused first, nothing lost), sees the offer ranked
 * with its reasons, and can contact the supplier from the match.
 */
class MatchmakingJourneyIT extends BrowserJourney {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aBuyerPublishesANeedAndSeesRankedMatchesWithReasons() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller supplier = accounts.withRole("MEMBER");
        TestAccounts.Caller buyer = accounts.withRole("MEMBER");
        String root = Http.root(base);

        SignInPage.open(driver, root).signIn(supplier.email(), TestAccounts.PASSWORD);
        ListingPage offer = OfferFormPage.open(driver, root).write("ffp3-masks", "FFP3 masks from Brescia, 20,000 a week",
                "Ultrasonic welding line, **EN 149** tested.", "20000", "2", TODAY.plusDays(60), "EN 149", "CE marking").submit();
        long offerId = offer.id();
        assertThat(offer.facts()).contains("20,000 pieces a week").contains("EN 149");
        assertThat(offer.discussionLink()).contains("/threads/");
        offer.signOut();

        SignInPage.open(driver, root).signIn(buyer.email(), TestAccounts.PASSWORD);
        NeedFormPage form = NeedFormPage.open(driver, root).write("ffp3-masks", "FFP3 masks for Ospedale di Bergamo",
                "Masks for the intensive care unit <script>alert('x')</script>", "-5", TODAY.plusDays(10), "IT", "ITC4", "EN 149");
        form.submitRefused();
        assertThat(form.errorAt("quantity")).contains("whole number");
        assertThat(form.messages()).contains("Nothing was saved");
        ListingPage need = form.quantity("30000").submit();
        assertThat(need.status()).isEqualTo("open");
        assertThat(need.facts()).contains("30,000 pieces").contains("Italy (ITC4)");
        assertThat(driver.getPageSource()).doesNotContain("<script>alert");
        assertThat(need.matchTitles()).contains("FFP3 masks from Brescia, 20,000 a week");
        assertThat(need.reasonsOf(offerId)).contains("covers ").contains("EN 149 ✓").contains("ships across the EU/EEA");
        assertThat(need.hasContactLink(offerId)).isTrue();
    }
}

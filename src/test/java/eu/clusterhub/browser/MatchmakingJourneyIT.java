package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.ContactPage;
import eu.clusterhub.browser.pages.ConversationPage;
import eu.clusterhub.browser.pages.InboxPage;
import eu.clusterhub.browser.pages.ListingPage;
import eu.clusterhub.browser.pages.NeedFormPage;
import eu.clusterhub.browser.pages.OfferFormPage;
import eu.clusterhub.browser.pages.OverviewPage;
import eu.clusterhub.browser.pages.PledgePage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a supplier offers capacity through the form; a hospital buyer
 * publishes a need (a bad quantity is refused first, nothing lost), sees the offer ranked
 * with its reasons and sends a contact request from the match; the supplier reads it in the
 * inbox and answers; the buyer records the pledge and the need shows "covered"; the
 * overview's table and chart no longer count it.
 */
class MatchmakingJourneyIT extends BrowserJourney {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aBuyerFindsASupplierContactsThemAndTheNeedIsCovered() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller supplier = accounts.withRole("MEMBER");
        TestAccounts.Caller buyer = accounts.withRole("MEMBER");
        String root = Http.root(base);

        SignInPage.open(driver, root).signIn(supplier.email(), TestAccounts.PASSWORD);
        ListingPage offer = OfferFormPage.open(driver, root).write("ffp3-masks", "FFP3 masks from Brescia, 20,000 a week",
                "Ultrasonic welding line, **EN 149** tested.", "20000", "2", TODAY.plusDays(60), "EN 149", "CE marking").submit();
        long offerId = offer.id();
        assertThat(offer.facts()).contains("20,000 pieces a week").contains("EN 149");
        String discussion = offer.discussionLink();
        assertThat(discussion).contains("/threads/");
        driver.get(discussion);
        String card = driver.findElement(org.openqa.selenium.By.id("listing-card")).getText();
        assertThat(card).contains("Offer").contains("FFP3 masks from Brescia, 20,000 a week").contains("20,000 pieces a week");
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
        long needId = need.id();
        long openBefore = openNeed(need2 -> need2 >= 30_000);

        ListingPage.open(driver, root + "needs/" + needId).contact(offerId);
        ConversationPage sent = new ContactPage(driver).send("We need 30,000 FFP3 masks in Bergamo by next week. Can you ship?");
        String conversationUrl = driver.getCurrentUrl();
        long conversation = Long.parseLong(conversationUrl.replaceAll("[?#].*", "").replaceAll(".*/", ""));
        assertThat(sent.messages()).hasSize(1);
        sent.signOut();

        SignInPage.open(driver, root).signIn(supplier.email(), TestAccounts.PASSWORD);
        assertThat(driver.findElement(org.openqa.selenium.By.id("inbox-link")).getAttribute("aria-label")).isEqualTo("Inbox, 1 unread");
        InboxPage inbox = InboxPage.open(driver, root);
        assertThat(inbox.unread(conversation)).isEqualTo("1 unread");
        ConversationPage answer = inbox.open(conversation).reply("Yes: 20,000 this week, 10,000 the next. Call me on +39 030 123456.");
        assertThat(answer.messages()).hasSize(2);
        answer.signOut();

        SignInPage.open(driver, root).signIn(buyer.email(), TestAccounts.PASSWORD);
        assertThat(ConversationPage.open(driver, conversationUrl).messages().get(1)).contains("20,000 this week");
        PledgePage pledges = PledgePage.open(driver, root, needId).record("#" + offerId, "30000", "");
        assertThat(pledges.coveragePercent()).isEqualTo(100);
        ListingPage covered = ListingPage.open(driver, root + "needs/" + needId);
        assertThat(covered.status()).isEqualTo("covered");
        assertThat(covered.coverage()).startsWith("100%");
        assertThat(Accessibility.violations(driver)).isEmpty();

        // the overview counts what is still missing: the covered need leaves it (its figures follow within seconds)
        long openAfter = openNeed(open -> open == openBefore - 30_000);
        assertThat(openAfter).isEqualTo(openBefore - 30_000);
        OverviewPage overview = new OverviewPage(driver);
        assertThat(overview.chartDrawn()).isTrue();
        List<List<Object>> chart = overview.chartData();
        int at = chart.get(0).indexOf("FFP3 masks (pieces)");
        assertThat(((Number) chart.get(1).get(at)).longValue()).as("the chart shows the change").isEqualTo(openAfter);
    }

    /** The open need for FFP3 masks in Italy on the overview, reloaded until it satisfies the condition (10 s at most). */
    private long openNeed(java.util.function.LongPredicate expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            OverviewPage overview = OverviewPage.open(driver, Http.root(base), "?category=masks&country=IT");
            long open = overview.row("ffp3-masks", "IT").map(r -> Long.parseLong(r.need().replace(",", ""))).orElse(0L);
            if (expected.test(open) || System.nanoTime() > deadline) {
                return open;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

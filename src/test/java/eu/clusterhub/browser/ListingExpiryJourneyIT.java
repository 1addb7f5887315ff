package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.StillValidPage;
import eu.clusterhub.matchmaking.Listings;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestMail;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The owner of a need opens the reminder's "still valid" link, presses the button, and sees the new date. */
class ListingExpiryJourneyIT extends BrowserJourney {

    @Test
    void theReminderLinkMovesTheNeedOnByTwoWeeksOnce() throws Exception {
        Api anonymous = Api.anonymous(base);
        Caller owner = new TestAccounts(anonymous).withRole("MEMBER");
        Api api = anonymous.as(owner.token());
        long need = Listings.need(api, "Valvole per ventilatori polmonari");
        LocalDate soon = Listings.today().plusDays(3);
        Listings.setDate("need", need, soon);
        assertThat(Listings.eventually(() -> TestMail.countTo(owner.email()) == 1)).as("a reminder arrived").isTrue();
        String link = TestMail.link(base, owner.email(), "/still-valid?token=");

        StillValidPage page = StillValidPage.open(driver, link);
        assertThat(page.preview()).contains("Valvole per ventilatori polmonari", "needed by " + soon);
        assertThat(page.proposedDate()).isEqualTo(soon.plusDays(14).toString());
        assertThat(api.get("needs/" + need).json().getString("neededBy")).as("opening the link changed nothing")
                .isEqualTo(soon.toString());

        page.confirm();
        assertThat(page.confirmedDate()).isEqualTo(soon.plusDays(14).toString());
        assertThat(api.get("needs/" + need).json().getString("neededBy")).isEqualTo(soon.plusDays(14).toString());

        StillValidPage again = StillValidPage.open(driver, link);
        assertThat(again.problem()).contains("used already");
        assertThat(again.offersConfirmation()).isFalse();
    }
}

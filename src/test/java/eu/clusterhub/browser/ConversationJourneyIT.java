package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.ContactPage;
import eu.clusterhub.browser.pages.ConversationPage;
import eu.clusterhub.browser.pages.InboxPage;
import eu.clusterhub.browser.pages.PledgePage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.matchmaking.TestListings;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestMail;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a buyer sends a contact request from /contact, the supplier finds it
 * in the inbox with its unread count and answers, the buyer reads the answer and records the
 * supplier's pledge, and the coverage bar shows it; a third member and a moderator see what
 * they may.
 */
class ConversationJourneyIT extends BrowserJourney {

    @Test
    void aBuyerAndASupplierTalkPrivatelyAndThePledgeShowsInTheCoverage() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller buyer = accounts.withRole("MEMBER");
        TestAccounts.Caller supplier = accounts.withRole("MEMBER");
        long need = TestListings.need(Api.anonymous(base).as(buyer.token()), "Valves for the ICU in Lecco", 2000);
        long offer = TestListings.offer(Api.anonymous(base).as(supplier.token()), "Printed valves from Bergamo");
        String root = Http.root(base);

        SignInPage.open(driver, root).signIn(buyer.email(), TestAccounts.PASSWORD);
        ContactPage contact = ContactPage.open(driver, root, need, offer);
        assertThat(contact.recipient()).contains("Test MEMBER").doesNotContain(supplier.email());
        assertThat(Accessibility.violations(driver)).isEmpty();
        contact.sendRefused("  ");
        assertThat(contact.errorAtMessage()).isEqualTo("Write a message");
        ConversationPage sent = contact.send("Can you make **800** a week? <script>alert(1)</script>");
        assertThat(sent.messages()).hasSize(1);
        assertThat(sent.messages().get(0)).contains("Can you make 800 a week?");
        assertThat(sent.lastMessageHtml()).contains("<strong>800</strong>").doesNotContain("<script");
        String conversationUrl = driver.getCurrentUrl().replaceFirst("#.*$", "");
        long conversation = Long.parseLong(conversationUrl.replaceFirst("^.*/conversations/", ""));
        assertThat(Accessibility.violations(driver)).isEmpty();
        sent.signOut();

        assertThat(TestMail.to(supplier.email(), "sent you a contact request")).contains("/conversations/" + conversation).doesNotContain("800");
        SignInPage.open(driver, root).signIn(supplier.email(), TestAccounts.PASSWORD);
        InboxPage inbox = InboxPage.open(driver, root);
        assertThat(inbox.unread(conversation)).isEqualTo("1 unread");
        assertThat(inbox.isBold(conversation)).isTrue();
        assertThat(inbox.rowText(conversation)).contains("Valves for the ICU in Lecco").contains("Printed valves from Bergamo")
                .contains("Precision Valves SpA").doesNotContain(buyer.email());
        assertThat(Accessibility.violations(driver)).isEmpty();
        ConversationPage reading = inbox.open(conversation);
        assertThat(reading.messages()).hasSize(1);
        reading.reply("Yes, 800 a week from Monday. Write to sales@valves.example to order.");
        assertThat(reading.messages()).hasSize(2);
        assertThat(InboxPage.open(driver, root).unread(conversation)).as("read").isEmpty();
        new InboxPage(driver).signOut();

        SignInPage.open(driver, root).signIn(buyer.email(), TestAccounts.PASSWORD);
        assertThat(InboxPage.open(driver, root).unread(conversation)).isEqualTo("1 unread");
        ConversationPage answered = ConversationPage.open(driver, conversationUrl);
        assertThat(answered.messages().get(1)).contains("800 a week from Monday");
        assertThat(answered.otherParty()).contains("Test MEMBER");
        PledgePage pledges = answered.openPledges();
        assertThat(pledges.coveragePercent()).isZero();
        assertThat(pledges.offerChoices()).anyMatch(o -> o.startsWith("#" + offer + " Printed valves from Bergamo"));
        assertThat(Accessibility.violations(driver)).isEmpty();
        pledges.record("#" + offer, "0", "");
        assertThat(pledges.errorAt("quantity")).contains("1 to");
        pledges = PledgePage.open(driver, root, need).record("#" + offer, "800", "");
        assertThat(pledges.coveragePercent()).isEqualTo(40);
        assertThat(pledges.coverageText()).contains("40 % covered").contains("800 of 2,000").contains("partly-covered");
        assertThat(pledges.pledgeRows()).singleElement().asString().contains("Precision Valves SpA")
                .contains("Printed valves from Bergamo").contains("800");
        pledges.signOut();

        TestAccounts.Caller stranger = accounts.withRole("MEMBER");
        SignInPage.open(driver, root).signIn(stranger.email(), TestAccounts.PASSWORD);
        driver.get(conversationUrl);
        assertThat(driver.getPageSource()).doesNotContain("800 a week from Monday");
        assertThat(PledgePage.open(driver, root, need).hasForm()).as("only the owner records pledges").isFalse();
        new PledgePage(driver).signOut();

        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        SignInPage.open(driver, root).signIn(moderator.email(), TestAccounts.PASSWORD);
        ConversationPage moderated = ConversationPage.open(driver, conversationUrl);
        assertThat(moderated.showsModeratorNotice()).isTrue();
        assertThat(moderated.hasReplyForm()).isFalse();
        assertThat(moderated.messages()).hasSize(2);
    }
}

package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.FlagPage;
import eu.clusterhub.browser.pages.ReviewQueuePage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In headless Chromium: a member reports a fake offer; the moderator who covers its language
 * (Maltese) sees it ahead of what they do not cover, edits and approves another item, hides
 * the offer with a reason; the offer's owner sees the reason on the offer's page.
 */
class ModerationJourneyIT extends BrowserJourney {

    @Test
    void aFakeOfferIsReportedAndHiddenWithAReasonItsOwnerSees() {
        Api anonymous = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(anonymous);
        TestAccounts.Caller owner = accounts.withRole("MEMBER");
        TestAccounts.Caller reporter = accounts.withRole("MEMBER");
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        Api ownerApi = anonymous.as(owner.token());
        String root = Http.root(base);

        Api.Reply offer = ownerApi.post("offers", Json.createObjectBuilder().add("category", "ffp2-masks")
                .add("title", "Maskri FFP2 irħas, ħlas bil-quddiem").add("description", "Ħallas 5000 EUR minn qabel.")
                .add("capacityPerWeek", 90000).add("leadTimeDays", 1).add("countries", Json.createArrayBuilder().add("MT"))
                .add("validUntil", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString()).add("language", "mt").build().toString());
        assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
        long offerId = offer.json().getJsonNumber("id").longValue();
        long thread = offer.json().getJsonNumber("threadId").longValue();
        long reply = ownerApi.post("threads/" + thread + "/posts", "{\"body\":\"Ċempluli fuq +356 9999 0000 biss\",\"language\":\"mt\"}")
                .json().getJsonNumber("id").longValue();
        assertThat(anonymous.as(accounts.withRole("MEMBER").token()).post("flags",
                "{\"targetType\":\"post\",\"targetId\":" + reply + ",\"reason\":\"spam\"}").status()).isEqualTo(201);

        SignInPage.open(driver, root).signIn(reporter.email(), TestAccounts.PASSWORD);
        driver.get(root + "offers/" + offerId);
        FlagPage flag = FlagPage.from(driver, By.id("flag-link"));
        assertThat(flag.targetTitle()).isEqualTo("Maskri FFP2 irħas, ħlas bil-quddiem");
        assertThat(Accessibility.violations(driver)).isEmpty();
        assertThat(flag.report("fraud", "Asks for 5000 EUR upfront <b>no certificate</b>").messages()).contains("Thank you");
        flag.signOut();

        Api moderatorApi = anonymous.as(moderator.token());
        List<JsonObject> open = moderatorApi.get("moderation/queue?language=mt").json().getJsonArray("items").getValuesAs(JsonObject.class);
        long offerItem = itemOf(open, "offer", offerId);
        long replyItem = itemOf(open, "post", reply);

        SignInPage.open(driver, root).signIn(moderator.email(), TestAccounts.PASSWORD);
        ReviewQueuePage queue = ReviewQueuePage.open(driver, root).cover("mt", "");
        assertThat(queue.messages()).contains("Saved");
        List<Long> order = queue.itemIds();
        assertThat(queue.isCovered(offerItem)).isTrue();
        int firstUncovered = (int) order.stream().takeWhile(queue::isCovered).count();
        assertThat(order.indexOf(offerItem)).as("covered items come first").isLessThan(firstUncovered);
        assertThat(queue.itemText(offerItem)).contains("Fraud or fake offer").contains("Asks for 5000 EUR upfront <b>no certificate</b>")
                .contains("organisation not verified");
        assertThat(Accessibility.violations(driver)).isEmpty();

        queue.act(replyItem, "edit", "Phone numbers only in private messages", "Ikkuntattjawni permezz tal-portal.");
        assertThat(queue.messages()).contains("your edit is saved and the item approved");
        queue.act(offerItem, "hide", "Fake offer: the masks have no EN 149 certificate", null);
        assertThat(queue.messages()).contains("the item is hidden");
        assertThat(queue.itemIds()).doesNotContain(offerItem, replyItem);
        queue.signOut();

        assertThat(anonymous.get("offers/" + offerId).status()).isEqualTo(404);
        assertThat(anonymous.get("threads/" + thread).status()).as("the offer's discussion goes with it").isEqualTo(404);
        JsonObject edited = moderatorApi.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(1);
        assertThat(edited.getString("bodyHtml")).contains("permezz tal-portal").doesNotContain("9999");
        assertThat(edited.getString("moderation")).isEqualTo("visible");
        SignInPage.open(driver, root).signIn(owner.email(), TestAccounts.PASSWORD);
        driver.get(root + "offers/" + offerId);
        assertThat(driver.findElement(By.id("moderation-notice")).getText())
                .isEqualTo("Hidden by a moderator: Fake offer: the masks have no EN 149 certificate");
    }

    private static long itemOf(List<JsonObject> items, String type, long id) {
        return items.stream().filter(i -> i.getString("targetType").equals(type) && i.getJsonNumber("targetId").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("no item for " + type + " " + id)).getJsonNumber("id").longValue();
    }
}

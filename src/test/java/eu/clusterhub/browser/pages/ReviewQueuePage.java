package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /moderation: the review queue, the moderator's coverage, and an action form per item. */
public class ReviewQueuePage extends SitePage {

    public ReviewQueuePage(WebDriver driver) {
        super(driver);
    }

    public static ReviewQueuePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "moderation");
        return new ReviewQueuePage(driver);
    }

    public ReviewQueuePage cover(String languages, String countries) {
        type(By.id("coverage:languages"), languages);
        type(By.id("coverage:countries"), countries);
        submitAndWait(By.id("coverage:save-coverage"));
        return this;
    }

    /** The ids of the items shown, in the queue's order. */
    public List<Long> itemIds() {
        return driver.findElements(By.cssSelector("#queue-items > li")).stream()
                .map(li -> Long.parseLong(li.getAttribute("id").substring("item-".length()))).toList();
    }

    /** Whether the item is marked as one the moderator covers. */
    public boolean isCovered(long itemId) {
        return item(itemId).getAttribute("class").contains("review-item--covered");
    }

    public String itemText(long itemId) {
        return item(itemId).getText();
    }

    /** Chooses an action for an item, with a reason and (for an edit) a new text, and applies it. */
    public ReviewQueuePage act(long itemId, String action, String reason, String body) {
        new Select(driver.findElement(By.id("action-" + itemId))).selectByValue(action);
        if (reason != null) {
            type(By.id("reason-" + itemId), reason);
        }
        if (body != null) {
            type(By.id("body-" + itemId), body);
        }
        submitAndWait(By.cssSelector("#item-" + itemId + " .apply-button"));
        return this;
    }

    public String messages() {
        return text(By.id("coverage:messages"));
    }

    private WebElement item(long itemId) {
        return driver.findElement(By.id("item-" + itemId));
    }
}

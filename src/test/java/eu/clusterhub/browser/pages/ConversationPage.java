package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /conversations/{id}: the messages and the reply form. */
public class ConversationPage extends SitePage {

    public ConversationPage(WebDriver driver) {
        super(driver);
    }

    public static ConversationPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ConversationPage(driver);
    }

    /** The messages' texts, oldest first. */
    public List<String> messages() {
        return retrying(() -> driver.findElements(By.cssSelector("#messages > li .message__body")).stream()
                .map(WebElement::getText).toList());
    }

    /** The inner HTML of the newest message's body. */
    public String lastMessageHtml() {
        List<WebElement> bodies = driver.findElements(By.cssSelector("#messages > li .message__body"));
        return bodies.get(bodies.size() - 1).getAttribute("innerHTML");
    }

    public String otherParty() {
        return text(By.id("other-party"));
    }

    public boolean hasReplyForm() {
        return !driver.findElements(By.id("reply:message")).isEmpty();
    }

    public boolean showsModeratorNotice() {
        return !driver.findElements(By.id("moderator-notice")).isEmpty();
    }

    public ConversationPage reply(String message) {
        type(By.id("reply:message"), message);
        submitAndWait(By.id("reply:submit"));
        return this;
    }

    public PledgePage openPledges() {
        driver.findElement(By.id("pledges-link")).click();
        return new PledgePage(driver);
    }
}

package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /inbox: the member's conversations with their unread counts. */
public class InboxPage extends SitePage {

    public InboxPage(WebDriver driver) {
        super(driver);
    }

    public static InboxPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "inbox");
        return new InboxPage(driver);
    }

    private WebElement row(long conversation) {
        return driver.findElement(By.id("conversation-" + conversation));
    }

    /** The row's unread badge ("2 unread"), or "" when all is read. */
    public String unread(long conversation) {
        return retrying(() -> row(conversation).findElement(By.className("inbox__unread")).getText().strip());
    }

    public boolean isBold(long conversation) {
        return row(conversation).getAttribute("class").contains("inbox__row--unread")
                && !row(conversation).findElements(By.cssSelector(".inbox__link strong")).isEmpty();
    }

    public String rowText(long conversation) {
        return retrying(() -> row(conversation).getText());
    }

    public ConversationPage open(long conversation) {
        row(conversation).findElement(By.className("inbox__link")).click();
        return new ConversationPage(driver);
    }
}

package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /contact?need={id}&amp;offer={id}: the contact request form. */
public class ContactPage extends SitePage {

    public ContactPage(WebDriver driver) {
        super(driver);
    }

    public static ContactPage open(WebDriver driver, String baseUrl, long need, long offer) {
        driver.get(baseUrl + "contact?need=" + need + "&offer=" + offer);
        return new ContactPage(driver);
    }

    public String recipient() {
        return text(By.id("recipient"));
    }

    public boolean canSend() {
        return !driver.findElements(By.id("contact:submit")).isEmpty();
    }

    /** The page's message at the top (a refusal). */
    public String message() {
        return text(By.id("contact:messages"));
    }

    public String errorAtMessage() {
        return text(By.cssSelector("#contact .field-error"));
    }

    /** Sends expecting to stay on the form with an error. */
    public ContactPage sendRefused(String message) {
        type(By.id("contact:message"), message);
        submitAndWait(By.id("contact:submit"));
        return this;
    }

    public ConversationPage send(String message) {
        type(By.id("contact:message"), message);
        submitAndWait(By.id("contact:submit"));
        return new ConversationPage(driver);
    }
}

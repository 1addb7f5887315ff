package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /still-valid?token=..., the page the link of a reminder mail opens. */
public class StillValidPage extends SitePage {

    public StillValidPage(WebDriver driver) {
        super(driver);
    }

    public static StillValidPage open(WebDriver driver, String link) {
        driver.get(link);
        return new StillValidPage(driver);
    }

    /** What the page says the link would do. */
    public String preview() {
        return text(By.id("preview"));
    }

    public String proposedDate() {
        return text(By.id("new-date"));
    }

    public StillValidPage confirm() {
        submitAndWait(By.id("stillValid:confirm"));
        return this;
    }

    public String confirmedDate() {
        return text(By.id("date"));
    }

    public String problem() {
        return text(By.id("problem"));
    }

    public boolean offersConfirmation() {
        return !driver.findElements(By.id("stillValid:confirm")).isEmpty();
    }
}

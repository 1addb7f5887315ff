package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /flag?type=offer&amp;id=N: a member reports an item to the moderators. */
public class FlagPage extends SitePage {

    public FlagPage(WebDriver driver) {
        super(driver);
    }

    /** Follows the "Report" link of the page the browser is on. */
    public static FlagPage from(WebDriver driver, By link) {
        driver.findElement(link).click();
        return new FlagPage(driver);
    }

    public String targetTitle() {
        return text(By.id("flag-target-title"));
    }

    public FlagPage report(String reason, String note) {
        new Select(driver.findElement(By.id("flag:reason"))).selectByValue(reason);
        type(By.id("flag:note"), note);
        submitAndWait(By.id("flag:submit"));
        return this;
    }

    public String messages() {
        return text(By.id("flag:messages"));
    }
}

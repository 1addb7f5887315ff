package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The friendly 404 page, shown for any unknown path. */
public class NotFoundPage extends SitePage {

    public NotFoundPage(WebDriver driver) {
        super(driver);
    }

    public static NotFoundPage open(WebDriver driver, String url) {
        driver.get(url);
        return new NotFoundPage(driver);
    }

    public boolean isShown() {
        return !driver.findElements(By.id("error-404")).isEmpty();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public HomePage goHome() {
        driver.findElement(By.linkText("Go to the home page")).click();
        return new HomePage(driver);
    }
}

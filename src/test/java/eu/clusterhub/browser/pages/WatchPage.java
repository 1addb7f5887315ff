package eu.clusterhub.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /watch: what a "Follow …" link next to a list or a search leads to (the reading pages keep
 * no form of their own), with the description of what would be followed and its button.
 */
public class WatchPage extends SitePage {

    private WatchPage(WebDriver driver) {
        super(driver);
    }

    /** Follows the link with this id from the page the browser is on. */
    public static WatchPage fromLink(WebDriver driver, String linkId) {
        wait(driver).until(d -> {
            d.findElement(By.id(linkId)).click();
            return true;
        });
        wait(driver).until(d -> d.getCurrentUrl().contains("/watch?"));
        return new WatchPage(driver);
    }

    /** What would be followed, in words ("category: test-kits, country: LV"). */
    public String description() {
        return wait(driver).until(d -> d.findElement(By.id("watch-description")).getText());
    }

    /** Presses Follow and waits until the page says so. */
    public WatchPage follow() {
        wait(driver).until(d -> {
            d.findElement(By.id("watch:follow")).click();
            return true;
        });
        wait(driver).until(d -> d.findElement(By.id("watch-state")).getText().startsWith("You follow"));
        return this;
    }

    private static WebDriverWait wait(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }
}

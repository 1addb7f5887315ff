package eu.clusterhub.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /notifications, and the bell in the header of every page for a signed-in member. */
public class NotificationsPage extends SitePage {

    public NotificationsPage(WebDriver driver) {
        super(driver);
    }

    /** The bell's number as the header shows it now (0 when its badge is hidden). */
    public static int bellCount(WebDriver driver) {
        WebElement badge = driver.findElement(By.id("notifications-count"));
        return badge.isDisplayed() ? Integer.parseInt(badge.getText().strip()) : 0;
    }

    /** Waits, without reloading, until the bell shows the number. */
    public static void awaitBell(WebDriver driver, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> bellCount(d) == count);
    }

    /** Follows the bell. */
    public static NotificationsPage openFromBell(WebDriver driver) {
        driver.findElement(By.id("notifications-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/notifications"));
        return new NotificationsPage(driver);
    }

    /** The thread titles of the groups, newest first. */
    public List<String> groupTitles() {
        return retrying(() -> driver.findElements(By.cssSelector("#notification-groups .notification-group__title a")).stream()
                .map(WebElement::getText).toList());
    }

    /** The lines of the unread notifications ("Bruno ... mentioned you"). */
    public List<String> unreadLines() {
        return retrying(() -> driver.findElements(By.cssSelector("#notification-groups .notification--unread > a")).stream()
                .map(WebElement::getText).toList());
    }

    /** Follows a group's title to its thread. */
    public ThreadPage openGroup(String title) {
        driver.findElement(By.cssSelector("#notification-groups .notification-group__title")).findElement(By.linkText(title)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/threads/"));
        return new ThreadPage(driver);
    }

    public NotificationsPage markAllRead() {
        submitAndWait(By.id("notifications:mark-all-read"));
        return this;
    }
}

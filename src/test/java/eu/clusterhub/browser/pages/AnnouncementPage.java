package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /announcements/{slug}: one announcement, its provenance, and the moderators' actions. */
public class AnnouncementPage extends SitePage {

    public AnnouncementPage(WebDriver driver) {
        super(driver);
    }

    public String status() {
        return text(By.id("status"));
    }

    public String provenance() {
        return text(By.id("provenance"));
    }

    public String body() {
        return text(By.id("body"));
    }

    public List<String> officialLinks() {
        return driver.findElements(By.cssSelector("#official-links a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    public AnnouncementPage publish() {
        submitAndWait(By.id("actions:publish"));
        return this;
    }

    public AnnouncementHistoryPage openHistory() {
        driver.findElement(By.id("history")).click();
        return new AnnouncementHistoryPage(driver);
    }

    public String message() {
        return text(By.id("actions:messages"));
    }

    public List<String> relatedTitles() {
        return driver.findElements(By.cssSelector("#related a")).stream().map(WebElement::getText).toList();
    }
}

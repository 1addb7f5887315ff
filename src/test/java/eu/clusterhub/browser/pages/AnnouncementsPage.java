package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /announcements: the filtered list, its feed link, and the moderators' way to a new announcement. */
public class AnnouncementsPage extends SitePage {

    public AnnouncementsPage(WebDriver driver) {
        super(driver);
    }

    public static AnnouncementsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "announcements");
        return new AnnouncementsPage(driver);
    }

    /** Chooses filters by their visible labels (null leaves one alone) and submits. */
    public AnnouncementsPage filter(String source, String country, String topic) {
        choose("filter-source", source);
        choose("filter-country", country);
        choose("filter-topic", topic);
        submitAndWait(By.id("filter-submit"));
        return this;
    }

    private void choose(String id, String label) {
        if (label != null) {
            retrying(() -> {
                new Select(driver.findElement(By.id(id))).selectByVisibleText(label);
                return id;
            });
        }
    }

    public String resultCount() {
        return text(By.id("result-count"));
    }

    public List<String> titles() {
        return retrying(() -> driver.findElements(By.cssSelector("#announcements .announcement-card__title a")).stream()
                .map(WebElement::getText).toList());
    }

    public AnnouncementPage openAnnouncement(String title) {
        retrying(() -> {
            driver.findElement(By.linkText(title)).click();
            return title;
        });
        return new AnnouncementPage(driver);
    }

    public String feedUrl() {
        return driver.findElement(By.id("feed-link")).getAttribute("href");
    }

    public AnnouncementEditorPage newAnnouncement() {
        driver.findElement(By.id("new-announcement")).click();
        return new AnnouncementEditorPage(driver);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}

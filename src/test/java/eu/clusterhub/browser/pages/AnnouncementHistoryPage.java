package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /moderation/announcement-history/{id}: the revisions of an announcement and one diff. */
public class AnnouncementHistoryPage extends SitePage {

    public AnnouncementHistoryPage(WebDriver driver) {
        super(driver);
    }

    /** "number action" per revision, newest first. */
    public List<String> revisions() {
        return driver.findElements(By.cssSelector("#revisions tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText() + " " + cells.get(1).getText()).toList();
    }

    public List<String> changedFields() {
        return driver.findElements(By.cssSelector("#diff .diff__field")).stream().map(WebElement::getText).toList();
    }
}

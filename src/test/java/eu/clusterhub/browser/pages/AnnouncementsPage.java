package eu.clusterhub.browser.pages;

import org.openqa.selenium.WebDriver;

/** /announcements. */
public class AnnouncementsPage extends SitePage {

    public AnnouncementsPage(WebDriver driver) {
        super(driver);
    }
}

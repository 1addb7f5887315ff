package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /search. */
public class SearchPage extends SitePage {

    public SearchPage(WebDriver driver) {
        super(driver);
    }

    public String query() {
        return driver.findElement(By.id("search-q")).getAttribute("value");
    }
}

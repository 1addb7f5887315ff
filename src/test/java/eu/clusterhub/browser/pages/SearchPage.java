package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /search: results with snippets, facets, sort and paging. */
public class SearchPage extends SitePage {

    public SearchPage(WebDriver driver) {
        super(driver);
    }

    public static SearchPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        return new SearchPage(driver);
    }

    public String query() {
        return driver.findElement(By.id("search-q")).getAttribute("value");
    }

    public String total() {
        return text(By.id("results-heading"));
    }

    public List<String> hitTitles() {
        return retrying(() -> driver.findElements(By.cssSelector("#hits .hit__title a")).stream().map(WebElement::getText).toList());
    }

    /** Where the hits lead, as the links say. */
    public List<String> hitUrls() {
        return retrying(() -> driver.findElements(By.cssSelector("#hits .hit__title a")).stream().map(e -> e.getAttribute("href")).toList());
    }

    /** The snippets' HTML, with the matches in mark elements. */
    public List<String> snippets() {
        return retrying(() -> driver.findElements(By.cssSelector("#hits .hit__snippet")).stream()
                .map(e -> e.getAttribute("innerHTML")).toList());
    }

    /** Follows a facet value, e.g. ("kind", "announcement"). */
    public SearchPage narrow(String facet, String value) {
        driver.findElement(By.id("facet-" + facet)).findElement(By.linkText(value)).click();
        return new SearchPage(driver);
    }

    public boolean isActive(String facet, String value) {
        return "true".equals(driver.findElement(By.id("facet-" + facet)).findElement(By.linkText(value)).getAttribute("aria-current"));
    }

    public String noResults() {
        return text(By.id("no-results"));
    }

    public void openHit(int index) {
        driver.findElements(By.cssSelector("#hits .hit__title a")).get(index).click();
    }
}

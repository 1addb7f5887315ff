package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /offers/{id} and /needs/{id}: a listing with its terms and its ranked matches. */
public class ListingPage extends SitePage {

    public ListingPage(WebDriver driver) {
        super(driver);
    }

    public static ListingPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ListingPage(driver);
    }

    /** The id at the end of the address: /needs/12 gives 12. */
    public long id() {
        String path = driver.getCurrentUrl().replaceAll("[?#].*", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    public String status() {
        return text(By.id("listing-status"));
    }

    public String facts() {
        return text(By.id("listing-facts"));
    }

    public String coverage() {
        return text(By.id("coverage-label"));
    }

    /** The titles of the matches, best first. */
    public List<String> matchTitles() {
        return retrying(() -> driver.findElements(By.cssSelector(".match .match__title")).stream().map(WebElement::getText).toList());
    }

    /** The reasons of the match of that listing, as shown ("covers 100% by 12 Dec · EN 149 ✓ · ..."). */
    public String reasonsOf(long listingId) {
        return text(By.cssSelector("#match-" + listingId + " .match__reasons"));
    }

    public String combination() {
        return text(By.id("combination"));
    }

    public boolean hasContactLink(long listingId) {
        return !driver.findElements(By.cssSelector("#match-" + listingId + " .contact-link")).isEmpty();
    }

    /** Follows the match's contact link. */
    public void contact(long listingId) {
        retrying(() -> {
            driver.findElement(By.cssSelector("#match-" + listingId + " .contact-link")).click();
            return this;
        });
    }

    public String discussionLink() {
        return retrying(() -> driver.findElement(By.id("discussion-link")).getAttribute("href"));
    }
}

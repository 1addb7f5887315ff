package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The moderators' thread tools on /threads/{id}: rename, close, merge into another thread, split replies off. */
public class ThreadToolsPage extends SitePage {

    public ThreadToolsPage(WebDriver driver) {
        super(driver);
    }

    public static ThreadToolsPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ThreadToolsPage(driver);
    }

    public boolean isShown() {
        return !driver.findElements(By.id("thread-tools")).isEmpty();
    }

    /** Ticks the split checkbox of each reply whose label contains one of these texts, names the new thread and splits. */
    public ThreadToolsPage splitOff(String title, String... replyTexts) {
        for (String text : replyTexts) {
            WebElement label = retrying(() -> driver.findElements(By.cssSelector("#split-tool label")).stream()
                    .filter(l -> l.getText().contains(text)).findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(text)));
            driver.findElement(By.id(label.getAttribute("for"))).click();
        }
        type(By.id("split-tool:title"), title);
        submitAndWait(By.id("split-tool:split"));
        return this;
    }

    /** Merges this thread into the thread at this address (or number). */
    public ThreadToolsPage mergeInto(String threadAddress, String reason) {
        type(By.id("merge-tool:into"), threadAddress);
        type(By.id("merge-tool:reason"), reason);
        submitAndWait(By.id("merge-tool:merge"));
        return this;
    }

    public ThreadToolsPage rename(String title) {
        type(By.id("rename-tool:title"), title);
        submitAndWait(By.id("rename-tool:rename"));
        return this;
    }

    public ThreadToolsPage close(String reason) {
        type(By.id("close-tool:reason"), reason);
        submitAndWait(By.id("close-tool:close"));
        return this;
    }

    public String closedReason() {
        return text(By.id("closed-reason"));
    }

    public String title() {
        return text(By.id("thread-title"));
    }

    /** The texts of the posts shown, in page order. */
    public List<String> posts() {
        return retrying(() -> driver.findElements(By.cssSelector("#post-list > li")).stream().map(WebElement::getText).toList());
    }

    /** The page's status message (after an action). */
    public String message() {
        return text(By.id("posts:messages"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}

package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /threads/{id}: a thread's posts, the reply form and the solution. */
public class ThreadPage extends SitePage {

    public ThreadPage(WebDriver driver) {
        super(driver);
    }

    public static ThreadPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ThreadPage(driver);
    }

    /** The text of each post, in page order. */
    public List<String> posts() {
        return retrying(() -> driver.findElements(By.cssSelector("#post-list > li")).stream().map(WebElement::getText).toList());
    }

    /** The CSS classes of each post, in page order (depth and accepted solution). */
    public List<String> postClasses() {
        return driver.findElements(By.cssSelector("#post-list > li")).stream().map(li -> li.getAttribute("class")).toList();
    }

    /** Follows the "Quote" link of the post at this index. */
    public ThreadPage quote(int index) {
        driver.findElements(By.cssSelector("#post-list .quote-link")).get(index).click();
        return new ThreadPage(driver);
    }

    /** Follows the "Edit" link of the caller's post at this index among the edit links. */
    public EditPostPage edit(int index) {
        driver.findElements(By.cssSelector("#post-list .edit-link")).get(index).click();
        return new EditPostPage(driver);
    }

    public boolean showsPost(long postId) {
        return !driver.findElements(By.id("post-" + postId)).isEmpty();
    }

    public String replyText() {
        return driver.findElement(By.id("reply:body")).getAttribute("value");
    }

    /**
     * Types "@" and the start of a member's name into the reply, waits for the mention list
     * (notification's autocomplete) to offer them, and takes the first entry with Enter.
     */
    public ThreadPage mention(String nameStart) {
        org.openqa.selenium.WebElement body = driver.findElement(By.id("reply:body"));
        body.sendKeys("@" + nameStart);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".mention-list [role=option]")).isEmpty());
        body.sendKeys(org.openqa.selenium.Keys.ENTER);
        return this;
    }

    /** Follows the thread at a level with its button: "watch-thread", "normal" or "mute". */
    public ThreadPage watch(String button) {
        submitAndWait(By.id("watch:" + button));
        return this;
    }

    /** How the member follows the thread, as the page says it ("watching", "normal", "muted"). */
    public String watchLevel() {
        return text(By.cssSelector("#watch-level strong"));
    }

    public ThreadPage reply(String addedText) {
        driver.findElement(By.id("reply:body")).sendKeys(addedText);
        submitAndWait(By.id("reply:submit"));
        return this;
    }

    public ThreadPage acceptFirstOffered() {
        submitAndWait(By.cssSelector("#post-list .accept-button"));
        return this;
    }

    public String acceptedSolution() {
        return text(By.id("accepted"));
    }

    public boolean isSolved() {
        return !driver.findElements(By.id("solved")).isEmpty();
    }

    public ThreadPage nested() {
        driver.findElement(By.id("tree-view")).click();
        return new ThreadPage(driver);
    }

    public ThreadPage flat() {
        driver.findElement(By.id("flat-view")).click();
        return new ThreadPage(driver);
    }

    public ThreadPage lock() {
        submitAndWait(By.id("posts:lock"));
        return this;
    }

    /** Replies in a language chosen from the form's list (by its code). */
    public ThreadPage reply(String addedText, String language) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("reply:language"))).selectByValue(language);
        return reply(addedText);
    }

    /** The language attribute of each post's body, in page order. */
    public List<String> postLanguages() {
        return driver.findElements(By.cssSelector("#post-list .post__body")).stream().map(e -> e.getAttribute("lang")).toList();
    }

    public ThreadPage moveTo(String boardName) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("posts:move-to"))).selectByVisibleText(boardName);
        submitAndWait(By.id("posts:move"));
        return this;
    }

    /** The board named in the breadcrumb. */
    public String boardName() {
        return text(By.cssSelector("nav.breadcrumb li:nth-child(2)"));
    }

    public String stats() {
        return text(By.id("thread-stats"));
    }

    public boolean hasReplyForm() {
        return !driver.findElements(By.id("reply:body")).isEmpty();
    }

    public boolean isLocked() {
        return !driver.findElements(By.id("locked-notice")).isEmpty();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}

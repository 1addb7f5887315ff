package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /boards/{slug}: one board. */
public class BoardPage extends SitePage {

    public BoardPage(WebDriver driver) {
        super(driver);
    }

    public String description() {
        return driver.findElement(By.cssSelector("main .lead")).getText();
    }

    public static BoardPage open(WebDriver driver, String baseUrl, String slug) {
        driver.get(baseUrl + "boards/" + slug);
        return new BoardPage(driver);
    }

    public NewThreadPage startThread() {
        driver.findElement(By.id("new-thread")).click();
        return new NewThreadPage(driver);
    }

    public java.util.List<String> threadTitles() {
        return driver.findElements(By.cssSelector("#threads .thread-row__title a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    public boolean isArchived() {
        return !driver.findElements(By.xpath("//p[contains(@class,'notice') and contains(., 'archived')]")).isEmpty();
    }

    public boolean canStartThread() {
        return !driver.findElements(By.id("new-thread")).isEmpty();
    }

    /** The reading badge of a thread row ("New", "2 new"), or "" when it has none. */
    public String readingBadge(String title) {
        return retrying(() -> driver.findElements(By.cssSelector("#threads .thread-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".thread-row__title a")).getText().equals(title))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(title))
                .findElements(By.cssSelector(".badge-new")).stream().map(org.openqa.selenium.WebElement::getText)
                .findFirst().orElse(""));
    }

    /** Meta line of a thread row: author, replies, views, last activity. */
    public String rowMeta(String title) {
        return retrying(() -> driver.findElements(By.cssSelector("#threads .thread-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".thread-row__title a")).getText().equals(title))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(title))
                .findElement(By.cssSelector(".thread-row__meta")).getText());
    }

    /** Follows a thread's "N new" link to its first unread post. */
    public ThreadPage openUnread(String title) {
        driver.findElement(By.cssSelector("a.unread-link[aria-label$=' in " + title + "']")).click();
        return new ThreadPage(driver);
    }

    /** Watches the board at a level with its button: "every-post", "new-threads", "normal" or "mute". */
    public BoardPage watch(String button) {
        submitAndWait(By.id("watch:" + button));
        return this;
    }

    /** How the member follows the board, as the page says it ("every post", "normal", ...). */
    public String watchLevel() {
        return text(By.cssSelector("#watch-level strong"));
    }

    public BoardPage markAllRead() {
        submitAndWait(By.id("reading:mark-read"));
        return this;
    }

    public BoardsPage backToBoards() {
        driver.findElement(By.cssSelector("nav.breadcrumb")).findElement(By.linkText("Boards")).click();
        return new BoardsPage(driver);
    }
}

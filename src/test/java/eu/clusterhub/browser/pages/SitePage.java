package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What every page has: the layout's header, navigation, header search and main heading. */
public abstract class SitePage {

    protected final WebDriver driver;

    protected SitePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    protected void submitAndWait(By button) {
        WebElement element = driver.findElement(button);
        element.click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public List<String> navigationLinks() {
        return driver.findElements(By.cssSelector("nav.site-nav a")).stream().map(WebElement::getText).toList();
    }

    protected void navigate(String link) {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText(link)).click();
    }

    public BoardsPage openBoards() {
        navigate("Boards");
        return new BoardsPage(driver);
    }

    public AnnouncementsPage openAnnouncements() {
        navigate("Announcements");
        return new AnnouncementsPage(driver);
    }

    public SearchPage openSearch() {
        navigate("Search");
        return new SearchPage(driver);
    }

    public SignInPage openSignIn() {
        navigate("Sign in");
        return new SignInPage(driver);
    }

    /** Types into the search box in the header and presses Enter. */
    public SearchPage searchFromHeader(String query) {
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys(query, Keys.ENTER);
        return new SearchPage(driver);
    }

    /** The element that has keyboard focus after pressing Tab once on a fresh page. */
    public String firstTabStop() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        return driver.switchTo().activeElement().getText();
    }

    /** True when the page is no wider than the window (no sideways scrolling). */
    public boolean fitsWindowWidth() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }
}

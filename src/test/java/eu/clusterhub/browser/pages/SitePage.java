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
        WebElement element = retrying(() -> {
            WebElement found = driver.findElement(button);
            found.click();
            return found;
        });
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        wait.until(d -> isGone(element));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element belongs to a page the browser has left. This Chromium reports such
     * nodes either as stale or as not belonging to the document.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Types into an input, retried like {@link #text(By)}. */
    protected void type(By input, String text) {
        retrying(() -> {
            WebElement field = driver.findElement(input);
            field.clear();
            field.sendKeys(text);
            return field;
        });
    }

    /**
     * Runs a short browser interaction again when the page it touched was being replaced
     * (Chromium reports "does not belong to the document" for a node of the old page).
     */
    protected <T> T retrying(java.util.function.Supplier<T> interaction) {
        org.openqa.selenium.WebDriverException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return interaction.get();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                last = e;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw last;
            }
        }
        throw last;
    }

    /**
     * The text of an element, retried while the browser is still swapping documents (reading
     * right after a form post can otherwise hit a node of the page being replaced).
     */
    protected String text(By by) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(by).getText());
    }

    /** The address search engines are told to index for this page (link rel="canonical"), or null. */
    public String canonicalUrl() {
        return driver.findElements(By.cssSelector("head link[rel='canonical']")).stream()
                .map(link -> link.getAttribute("href")).findFirst().orElse(null);
    }

    public String heading() {
        return text(By.cssSelector("main h1"));
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

    /** Signs out with the button in the header. */
    public HomePage signOut() {
        submitAndWait(By.id("signout:submit"));
        return new HomePage(driver);
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

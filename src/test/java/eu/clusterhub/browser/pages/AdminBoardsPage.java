package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/boards: the boards in order; add, move, archive; links to each board's edit page. */
public class AdminBoardsPage extends SitePage {

    public AdminBoardsPage(WebDriver driver) {
        super(driver);
    }

    public static AdminBoardsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "admin/boards");
        return new AdminBoardsPage(driver);
    }

    /** Board names in the order shown. */
    public List<String> names() {
        return retrying(() -> driver.findElements(By.cssSelector("#boards\\:list .board-admin-name")).stream()
                .map(WebElement::getText).toList());
    }

    public AdminBoardsPage add(String name, String slug, String description) {
        type(By.id("add:name"), name);
        type(By.id("add:slug"), slug);
        type(By.id("add:description"), description);
        submitAndWait(By.id("add:submit"));
        return this;
    }

    public String errorAt(String field) {
        return text(By.cssSelector("#add\\:" + field + " ~ .field-error"));
    }

    public String valueOf(String field) {
        return driver.findElement(By.id("add:" + field)).getAttribute("value");
    }

    public AdminBoardsPage moveUp(String name) {
        submitAndWait(By.cssSelector("input[aria-label='Move " + name + " up']"));
        return this;
    }

    public AdminBoardsPage archive(String name) {
        submitAndWait(By.cssSelector("input[aria-label='Archive " + name + "']"));
        return this;
    }

    public AdminBoardPage edit(String name) {
        driver.findElement(By.cssSelector("a[aria-label='Edit " + name + "']")).click();
        return new AdminBoardPage(driver);
    }

    public String message() {
        return text(By.cssSelector("#boards ul.messages, ul.messages"));
    }
}

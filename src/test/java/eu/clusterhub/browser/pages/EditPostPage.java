package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /edit-post/{id}, and the post's versions at /post-history/{id}. */
public class EditPostPage extends SitePage {

    public EditPostPage(WebDriver driver) {
        super(driver);
    }

    public static EditPostPage open(WebDriver driver, String url) {
        driver.get(url);
        return new EditPostPage(driver);
    }

    public String text() {
        return driver.findElement(By.id("edit:body")).getAttribute("value");
    }

    public EditPostPage replaceText(String text) {
        type(By.id("edit:body"), text);
        return this;
    }

    public ThreadPage save() {
        submitAndWait(By.id("edit:save"));
        return new ThreadPage(driver);
    }

    public EditPostPage saveRefused() {
        submitAndWait(By.id("edit:save"));
        return this;
    }

    public String error() {
        return text(By.id("edit:messages"));
    }

    public EditPostPage openHistory() {
        driver.findElement(By.linkText("Earlier versions")).click();
        return this;
    }

    /** The titles of the versions on the history page, newest first. */
    public List<String> versions() {
        return driver.findElements(By.cssSelector("#versions .version__title")).stream().map(WebElement::getText).toList();
    }
}

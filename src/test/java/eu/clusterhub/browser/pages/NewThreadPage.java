package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /new-thread/{board}: the form that starts a thread. */
public class NewThreadPage extends SitePage {

    public NewThreadPage(WebDriver driver) {
        super(driver);
    }

    public NewThreadPage write(String title, String type, String tags, String body) {
        type(By.id("thread:title"), title);
        retrying(() -> {
            new Select(driver.findElement(By.id("thread:type"))).selectByVisibleText(type);
            return type;
        });
        type(By.id("thread:tags"), tags);
        type(By.id("thread:body"), body);
        return this;
    }

    public NewThreadPage preview() {
        submitAndWait(By.id("thread:preview-button"));
        return this;
    }

    /** The preview as it updates while typing, once it shows the expected text (without a postback). */
    public String livePreviewHtml(String expected) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> {
                    var preview = d.findElement(By.id("preview"));
                    String html = preview.getAttribute("innerHTML");
                    return preview.isDisplayed() && html.contains(expected) ? html : null;
                });
    }

    public String previewHtml() {
        return retrying(() -> driver.findElement(By.id("preview")).getAttribute("innerHTML"));
    }

    public NewThreadPage submitRefused() {
        submitAndWait(By.id("thread:submit"));
        return this;
    }

    public ThreadPage submit() {
        submitAndWait(By.id("thread:submit"));
        return new ThreadPage(driver);
    }

    public String errorAt(String input) {
        return text(By.xpath("//*[@id='thread:" + input + "']/following-sibling::*[contains(@class,'field-error')]"));
    }
}

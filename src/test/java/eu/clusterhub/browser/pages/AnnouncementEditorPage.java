package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /announcement-editor: the form moderators write announcements in and members suggest them with. */
public class AnnouncementEditorPage extends SitePage {

    public AnnouncementEditorPage(WebDriver driver) {
        super(driver);
    }

    public AnnouncementEditorPage write(String title, String summary, String body, String source, String issuingBody) {
        type(By.id("editor:title"), title);
        type(By.id("editor:summary"), summary);
        type(By.id("editor:body"), body);
        select("editor:sourceType", source);
        type(By.id("editor:issuingBody"), issuingBody);
        return this;
    }

    public AnnouncementEditorPage country(String name) {
        select("editor:country", name);
        return this;
    }

    public AnnouncementEditorPage topic(String name) {
        driver.findElement(By.xpath("//label[normalize-space()='" + name + "']")).click();
        return this;
    }

    public AnnouncementEditorPage effective(String isoDate) {
        // a date input takes what the user types in the browser's locale; set the ISO value directly
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('editor:effectiveDate').value = arguments[0];", isoDate);
        return this;
    }

    public AnnouncementEditorPage link(String url, String label) {
        type(By.id("editor:linkUrl0"), url);
        type(By.id("editor:linkLabel0"), label);
        return this;
    }

    public AnnouncementEditorPage preview() {
        submitAndWait(By.id("editor:preview-button"));
        return this;
    }

    public String previewHtml() {
        return retrying(() -> driver.findElement(By.id("preview")).getAttribute("innerHTML"));
    }

    /** Saves expecting the form back with errors. */
    public AnnouncementEditorPage saveRefused() {
        submitAndWait(By.id("editor:save"));
        return this;
    }

    public AnnouncementPage save() {
        submitAndWait(By.id("editor:save"));
        return new AnnouncementPage(driver);
    }

    /** The message at the top of the form. */
    public String error() {
        return text(By.id("editor:messages"));
    }

    public String errorAt(String input) {
        return text(By.xpath("//*[@id='editor:" + input + "']/following-sibling::*[contains(@class,'field-error')]"));
    }

    public String value(String input) {
        return driver.findElement(By.id("editor:" + input)).getAttribute("value");
    }

    private void select(String id, String label) {
        retrying(() -> {
            new Select(driver.findElement(By.id(id))).selectByVisibleText(label);
            return id;
        });
    }
}

package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /register. */
public class RegisterPage extends SitePage {

    public RegisterPage(WebDriver driver) {
        super(driver);
    }

    public RegisterPage fill(String email, String displayName, String password, String organisation, String kind,
                             String country, boolean acceptTerms) {
        type("register:email", email);
        type("register:displayName", displayName);
        type("register:password", password);
        type("register:organisation", organisation);
        retrying(() -> {
            new Select(driver.findElement(By.id("register:kind"))).selectByVisibleText(kind);
            new Select(driver.findElement(By.id("register:country"))).selectByVisibleText(country);
            if (driver.findElement(By.id("register:acceptTerms")).isSelected() != acceptTerms) {
                driver.findElement(By.id("register:acceptTerms")).click();
            }
            return true;
        });
        return this;
    }

    public RegisterPage submit() {
        submitAndWait(By.id("register:submit"));
        return this;
    }

    public boolean isRegistered() {
        return !driver.findElements(By.id("registered")).isEmpty();
    }

    public String confirmation() {
        return text(By.id("registered"));
    }

    /** The error shown at a field, e.g. "password". */
    public String errorAt(String field) {
        return text(By.xpath("//*[@id='register:" + field + "']/following-sibling::*[contains(@class,'field-error')]"));
    }

    private void type(String id, String text) {
        type(By.id(id), text);
    }
}

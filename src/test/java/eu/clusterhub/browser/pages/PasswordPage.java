package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /password: "forgot your password?" and, with a token, "choose a new password". */
public class PasswordPage extends SitePage {

    public PasswordPage(WebDriver driver) {
        super(driver);
    }

    public static PasswordPage open(WebDriver driver, String url) {
        driver.get(url);
        return new PasswordPage(driver);
    }

    public PasswordPage requestLink(String email) {
        type(By.id("forgot:email"), email);
        submitAndWait(By.id("forgot:submit"));
        return this;
    }

    public PasswordPage choose(String password) {
        type(By.id("reset:newPassword"), password);
        submitAndWait(By.id("reset:submit"));
        return this;
    }

    public String message() {
        try {
            return text(By.cssSelector("ul.messages"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no message on the page:\n" + text(By.tagName("main")), e);
        }
    }
}

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
        driver.findElement(By.id("forgot:email")).sendKeys(email);
        submitAndWait(By.id("forgot:submit"));
        return this;
    }

    public PasswordPage choose(String password) {
        driver.findElement(By.id("reset:newPassword")).sendKeys(password);
        submitAndWait(By.id("reset:submit"));
        return this;
    }

    public String message() {
        var messages = driver.findElements(By.cssSelector("ul.messages"));
        if (messages.isEmpty()) {
            throw new AssertionError("no message on the page:\n" + driver.findElement(By.tagName("main")).getText());
        }
        return messages.get(0).getText();
    }
}

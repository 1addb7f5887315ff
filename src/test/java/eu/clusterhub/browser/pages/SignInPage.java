package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /signin. */
public class SignInPage extends SitePage {

    public SignInPage(WebDriver driver) {
        super(driver);
    }

    public static SignInPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "signin");
        return new SignInPage(driver);
    }

    public ProfilePage signIn(String email, String password) {
        submit(email, password);
        return new ProfilePage(driver);
    }

    /** Signs in expecting to stay on this page with an error. */
    public SignInPage signInFailing(String email, String password) {
        submit(email, password);
        return this;
    }

    public String error() {
        return text(By.id("signin:messages"));
    }

    public RegisterPage openRegister() {
        driver.findElement(By.linkText("Register")).click();
        return new RegisterPage(driver);
    }

    private void submit(String email, String password) {
        type(By.id("signin:email"), email);
        type(By.id("signin:password"), password);
        submitAndWait(By.id("signin:submit"));
    }
}

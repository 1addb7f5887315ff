package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /verify?token=..., the page the confirmation link opens. */
public class VerifyPage extends SitePage {

    public VerifyPage(WebDriver driver) {
        super(driver);
    }

    public static VerifyPage open(WebDriver driver, String link) {
        driver.get(link);
        return new VerifyPage(driver);
    }

    public boolean isVerified() {
        return !driver.findElements(By.id("verified")).isEmpty();
    }

    public SignInPage signIn() {
        driver.findElement(By.id("verified")).findElement(By.linkText("Sign in")).click();
        return new SignInPage(driver);
    }
}

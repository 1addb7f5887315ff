package eu.clusterhub.browser.pages;

import org.openqa.selenium.WebDriver;

/** /signin. */
public class SignInPage extends SitePage {

    public SignInPage(WebDriver driver) {
        super(driver);
    }
}

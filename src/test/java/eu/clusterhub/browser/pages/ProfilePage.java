package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /profile: the account, its organisation and its API tokens. */
public class ProfilePage extends SitePage {

    public ProfilePage(WebDriver driver) {
        super(driver);
    }

    public String displayName() {
        return text(By.id("displayName"));
    }

    public String organisation() {
        return text(By.id("organisation"));
    }

    public String signedInAs() {
        return text(By.id("profile-link"));
    }

    public ProfilePage createToken(String name) {
        type(By.id("tokens:tokenName"), name);
        submitAndWait(By.id("tokens:create"));
        return new ProfilePage(driver);
    }

    public String newToken() {
        return text(By.id("token-value"));
    }

    /** Rows of the token table as "name status". */
    public List<String> tokens() {
        return driver.findElements(By.cssSelector("table.table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(0).getText() + " " + cells.get(2).getText())
                .toList();
    }

    public ProfilePage revoke(String name) {
        submitAndWait(By.cssSelector("input[aria-label='Revoke " + name + "']"));
        return new ProfilePage(driver);
    }

    public ProfilePage changeEmail(String newEmail, String currentPassword) {
        type(By.id("changeEmail:newEmail"), newEmail);
        type(By.id("changeEmail:currentPassword"), currentPassword);
        submitAndWait(By.id("changeEmail:submit"));
        return new ProfilePage(driver);
    }

    public ProfilePage changePasswordFailing(String currentPassword, String newPassword) {
        type(By.id("changePassword:currentPassword"), currentPassword);
        type(By.id("changePassword:newPassword"), newPassword);
        submitAndWait(By.id("changePassword:submit"));
        return new ProfilePage(driver);
    }

    public HomePage deleteAccount(String password) {
        type(By.id("deleteAccount:currentPassword"), password);
        submitAndWait(By.id("deleteAccount:submit"));
        return new HomePage(driver);
    }

    public ProfilePage deleteAccountFailing(String password) {
        type(By.id("deleteAccount:currentPassword"), password);
        submitAndWait(By.id("deleteAccount:submit"));
        return new ProfilePage(driver);
    }

    public String message() {
        return text(By.id("messages"));
    }

    public String errorAt(String input) {
        return text(By.xpath("//*[@id='" + input + "']/following-sibling::*[contains(@class,'field-error')]"));
    }

    public String email() {
        return text(By.id("email"));
    }

    public List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.site-nav a")).stream().map(WebElement::getText).toList();
    }
}

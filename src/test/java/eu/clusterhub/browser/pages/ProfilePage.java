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
        return driver.findElement(By.id("displayName")).getText();
    }

    public String organisation() {
        return driver.findElement(By.id("organisation")).getText();
    }

    public String signedInAs() {
        return driver.findElement(By.id("profile-link")).getText();
    }

    public ProfilePage createToken(String name) {
        driver.findElement(By.id("tokens:tokenName")).sendKeys(name);
        submitAndWait(By.id("tokens:create"));
        return new ProfilePage(driver);
    }

    public String newToken() {
        return driver.findElement(By.id("token-value")).getText();
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

    public HomePage signOut() {
        submitAndWait(By.id("signout:submit"));
        return new HomePage(driver);
    }

    public List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.site-nav a")).stream().map(WebElement::getText).toList();
    }
}

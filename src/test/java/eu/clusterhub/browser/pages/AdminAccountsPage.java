package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/accounts: find accounts, change roles, suspend. */
public class AdminAccountsPage extends SitePage {

    public AdminAccountsPage(WebDriver driver) {
        super(driver);
    }

    public static AdminAccountsPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "admin/accounts?q=" + query);
        return new AdminAccountsPage(driver);
    }

    public AdminAccountsPage makeRole(String displayName, String role) {
        submitAndWait(By.cssSelector("input[aria-label='Make " + displayName + " " + role + "']"));
        return this;
    }

    public AdminAccountsPage suspend(String displayName) {
        submitAndWait(By.cssSelector("input[aria-label='Suspend " + displayName + "']"));
        return this;
    }

    public String rowOf(String email) {
        return text(By.xpath("//tr[td[normalize-space()='" + email + "']]"));
    }

    public String message() {
        return text(By.cssSelector("ul.messages"));
    }
}

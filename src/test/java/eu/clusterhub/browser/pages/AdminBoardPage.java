package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/boards/{slug}: rename a board, rewrite its description. */
public class AdminBoardPage extends SitePage {

    public AdminBoardPage(WebDriver driver) {
        super(driver);
    }

    public AdminBoardsPage rename(String name, String description) {
        type(By.id("board:name"), name);
        type(By.id("board:description"), description);
        submitAndWait(By.id("board:save"));
        return new AdminBoardsPage(driver);
    }

    public AdminBoardPage renameRefused(String name) {
        type(By.id("board:name"), name);
        submitAndWait(By.id("board:save"));
        return this;
    }

    public String errorAt(String field) {
        return text(By.cssSelector("#board\\:" + field + " ~ .field-error"));
    }
}

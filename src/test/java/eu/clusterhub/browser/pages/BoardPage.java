package eu.clusterhub.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /boards/{slug}: one board. */
public class BoardPage extends SitePage {

    public BoardPage(WebDriver driver) {
        super(driver);
    }

    public String description() {
        return driver.findElement(By.cssSelector("main .lead")).getText();
    }

    public BoardsPage backToBoards() {
        driver.findElement(By.cssSelector("nav.breadcrumb")).findElement(By.linkText("Boards")).click();
        return new BoardsPage(driver);
    }
}

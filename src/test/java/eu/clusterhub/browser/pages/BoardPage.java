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

    public static BoardPage open(WebDriver driver, String baseUrl, String slug) {
        driver.get(baseUrl + "boards/" + slug);
        return new BoardPage(driver);
    }

    public NewThreadPage startThread() {
        driver.findElement(By.id("new-thread")).click();
        return new NewThreadPage(driver);
    }

    public java.util.List<String> threadTitles() {
        return driver.findElements(By.cssSelector("#threads .thread-row__title a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    public BoardsPage backToBoards() {
        driver.findElement(By.cssSelector("nav.breadcrumb")).findElement(By.linkText("Boards")).click();
        return new BoardsPage(driver);
    }
}

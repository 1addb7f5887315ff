package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page: introduction and the board list. */
public class HomePage extends SitePage {

    public HomePage(WebDriver driver) {
        super(driver);
    }

    public static HomePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl);
        return new HomePage(driver);
    }

    public List<String> boardNames() {
        return driver.findElements(By.cssSelector("#board-list .board-card__name a")).stream().map(WebElement::getText).toList();
    }

    /** The call-to-action links under the introduction. */
    public List<String> heroActions() {
        return driver.findElements(By.cssSelector(".hero__actions a")).stream().map(WebElement::getText).toList();
    }

    public BoardPage openBoard(String name) {
        driver.findElement(By.id("board-list")).findElement(By.linkText(name)).click();
        return new BoardPage(driver);
    }
}

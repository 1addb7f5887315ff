package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /boards: every board with its description. */
public class BoardsPage extends SitePage {

    public BoardsPage(WebDriver driver) {
        super(driver);
    }

    public List<String> boardNames() {
        return driver.findElements(By.cssSelector("#board-list .board-card__name a")).stream().map(WebElement::getText).toList();
    }

    public String descriptionOf(String slug) {
        return driver.findElement(By.cssSelector("#board-list [data-slug='" + slug + "'] .board-card__description")).getText();
    }

    public BoardPage openBoard(String name) {
        driver.findElement(By.id("board-list")).findElement(By.linkText(name)).click();
        return new BoardPage(driver);
    }
}

package eu.clusterhub.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /moderation/dashboard: the moderators' key figures, two charts and the per-day table. */
public class DashboardPage extends SitePage {

    public DashboardPage(WebDriver driver) {
        super(driver);
    }

    public static DashboardPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "moderation/dashboard" + query);
        return new DashboardPage(driver);
    }

    /** The ids of the charts Chart.js drew (it keeps the chart of every canvas it drew), waiting a little for them. */
    public List<String> drawnCharts() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
                List<String> drawn = d.findElements(By.cssSelector(".dashboard-chart canvas")).stream()
                        .filter(canvas -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                                "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas)))
                        .map(canvas -> canvas.findElement(By.xpath("..")).getAttribute("id"))
                        .toList();
                return drawn.size() == 2 ? drawn : null;
            });
        } catch (TimeoutException e) {
            return List.of();
        }
    }

    /** How many days the activity chart shows. */
    public long chartDays() {
        WebElement canvas = driver.findElement(By.cssSelector(".dashboard-chart canvas"));
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Chart.getChart(arguments[0]).data.labels.length;", canvas))
                .longValue();
    }

    public String figure(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public int perDayRows() {
        return driver.findElements(By.cssSelector("#per-day-table tbody tr")).size();
    }

    public DashboardPage period(int days) {
        submitAndWait(By.id("period-" + days));
        return new DashboardPage(driver);
    }
}

package eu.clusterhub.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /matchmaking: the capacity overview, with its filters, chart, tables and the oldest unmet needs. */
public class OverviewPage extends SitePage {

    /** A row of the per-country table as shown. */
    public record Row(String category, String country, String need, String capacity, String gap) {
    }

    public OverviewPage(WebDriver driver) {
        super(driver);
    }

    public static OverviewPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "matchmaking" + query);
        return new OverviewPage(driver);
    }

    /** Chooses a country in the filter form and submits it. */
    public OverviewPage filterByCountry(String countryName) {
        new Select(driver.findElement(By.id("filter-country"))).selectByVisibleText(countryName);
        submitAndWait(By.id("filter-submit"));
        return new OverviewPage(driver);
    }

    public String selectedCountry() {
        return new Select(driver.findElement(By.id("filter-country"))).getFirstSelectedOption().getText();
    }

    /**
     * Whether the chart drew on its canvas (Chart.js keeps the chart of every canvas it drew),
     * waiting a little: PrimeFaces draws it once the page is shown.
     */
    public boolean chartDrawn() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
                WebElement canvas = d.findElement(By.cssSelector(".overview-chart canvas"));
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas));
            });
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The labels and figures the chart draws: [labels, need, capacity]. */
    @SuppressWarnings("unchecked")
    public List<List<Object>> chartData() {
        WebElement canvas = driver.findElement(By.cssSelector(".overview-chart canvas"));
        return (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
                "const c = Chart.getChart(arguments[0]);"
                        + "return [c.data.labels, c.data.datasets[0].data, c.data.datasets[1].data];", canvas);
    }

    public Optional<Row> row(String categorySlug, String countryCode) {
        return retrying(() -> driver.findElements(By.cssSelector("#overview-rows tbody tr[data-category='" + categorySlug
                        + "'][data-country='" + countryCode + "']")).stream()
                .map(tr -> new Row(tr.findElement(By.tagName("th")).getText(), tr.findElements(By.tagName("td")).get(0).getText(),
                        tr.findElement(By.cssSelector("td.need")).getText(), tr.findElement(By.cssSelector("td.capacity")).getText(),
                        tr.findElement(By.cssSelector("td.gap")).getText()))
                .findFirst());
    }

    public List<String> rowCountries() {
        return retrying(() -> driver.findElements(By.cssSelector("#overview-rows tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-country")).distinct().toList());
    }

    public List<String> oldestNeedTitles() {
        return retrying(() -> driver.findElements(By.cssSelector("#oldest-needs li a")).stream().map(WebElement::getText).toList());
    }

    public boolean offersExport() {
        return !driver.findElements(By.id("export-csv")).isEmpty();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}

package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /pledges/{needId}: a need's pledges, its coverage bar and, for its owner, the pledge form. */
public class PledgePage extends SitePage {

    public PledgePage(WebDriver driver) {
        super(driver);
    }

    public static PledgePage open(WebDriver driver, String baseUrl, long need) {
        driver.get(baseUrl + "pledges/" + need);
        return new PledgePage(driver);
    }

    /** The coverage bar's value, 0 to 100. */
    public int coveragePercent() {
        return Integer.parseInt(retrying(() -> driver.findElement(By.id("coverage-bar")).getAttribute("value")));
    }

    public String coverageText() {
        return text(By.id("coverage-text"));
    }

    public List<String> pledgeRows() {
        return retrying(() -> driver.findElements(By.cssSelector("#pledge-list tbody tr")).stream().map(WebElement::getText).toList());
    }

    public List<String> offerChoices() {
        return new Select(driver.findElement(By.id("pledge:offer"))).getOptions().stream().map(WebElement::getText).toList();
    }

    public boolean hasForm() {
        return !driver.findElements(By.id("pledge:submit")).isEmpty();
    }

    public String errorAt(String field) {
        return text(By.cssSelector("#pledge\\:" + field + " ~ .field-error"));
    }

    /** Records a pledge from the offer chosen by its label's start ("#42"). */
    public PledgePage record(String offerLabelStart, String quantity, String date) {
        Select offers = new Select(driver.findElement(By.id("pledge:offer")));
        offers.getOptions().stream().filter(o -> o.getText().startsWith(offerLabelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no offer " + offerLabelStart + " in " + offerChoices())).click();
        type(By.id("pledge:quantity"), quantity);
        type(By.id("pledge:date"), date);
        submitAndWait(By.id("pledge:submit"));
        return this;
    }
}

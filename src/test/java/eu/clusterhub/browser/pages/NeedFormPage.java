package eu.clusterhub.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /new-need and /edit-need/{id}: the form of a need. */
public class NeedFormPage extends SitePage {

    public NeedFormPage(WebDriver driver) {
        super(driver);
    }

    public static NeedFormPage open(WebDriver driver, String root) {
        driver.get(root + "new-need");
        return new NeedFormPage(driver);
    }

    public NeedFormPage write(String categoryValue, String title, String description, String quantity, LocalDate neededBy,
                              String country, String region, String... certificationLabels) {
        retrying(() -> {
            new Select(driver.findElement(By.id("need:category"))).selectByValue(categoryValue);
            new Select(driver.findElement(By.id("need:country"))).selectByValue(country);
            return this;
        });
        type(By.id("need:title"), title);
        type(By.id("need:description"), description);
        type(By.id("need:quantity"), quantity);
        type(By.id("need:region"), region);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("need:needed-by")), neededBy.toString());
        for (String label : certificationLabels) {
            driver.findElement(By.xpath("//*[@id='need:certifications']//label[normalize-space()='" + label + "']")).click();
        }
        return this;
    }

    public NeedFormPage quantity(String quantity) {
        type(By.id("need:quantity"), quantity);
        return this;
    }

    public NeedFormPage submitRefused() {
        submitAndWait(By.id("need:submit"));
        return this;
    }

    public ListingPage submit() {
        submitAndWait(By.id("need:submit"));
        return new ListingPage(driver);
    }

    public String errorAt(String input) {
        return text(By.xpath("//*[@id='need:" + input + "']/following-sibling::*[contains(@class,'field-error')]"));
    }

    public String messages() {
        return text(By.id("need:messages"));
    }
}

package eu.clusterhub.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /new-offer and /edit-offer/{id}: the form of an offer. */
public class OfferFormPage extends SitePage {

    public OfferFormPage(WebDriver driver) {
        super(driver);
    }

    public static OfferFormPage open(WebDriver driver, String root) {
        driver.get(root + "new-offer");
        return new OfferFormPage(driver);
    }

    public OfferFormPage write(String categoryValue, String title, String description, String perWeek, String leadTimeDays,
                               LocalDate validUntil, String... certificationLabels) {
        retrying(() -> {
            new Select(driver.findElement(By.id("offer:category"))).selectByValue(categoryValue);
            return this;
        });
        type(By.id("offer:title"), title);
        type(By.id("offer:description"), description);
        type(By.id("offer:capacity"), perWeek);
        type(By.id("offer:lead-time"), leadTimeDays);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("offer:valid-until")), validUntil.toString());
        for (String label : certificationLabels) {
            driver.findElement(By.xpath("//*[@id='offer:certifications']//label[normalize-space()='" + label + "']")).click();
        }
        return this;
    }

    public ListingPage submit() {
        submitAndWait(By.id("offer:submit"));
        return new ListingPage(driver);
    }
}

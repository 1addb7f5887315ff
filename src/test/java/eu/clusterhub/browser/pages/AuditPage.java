package eu.clusterhub.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /moderation/audit: the audit log with its filter form, its table of entries and the CSV link. */
public class AuditPage extends SitePage {

    /** An entry as the table shows it. */
    public record Row(String actor, String action, String target, String before, String after) {
    }

    public AuditPage(WebDriver driver) {
        super(driver);
    }

    /** Follows the header's "Audit log" link. */
    public static AuditPage fromHeader(WebDriver driver) {
        driver.findElement(By.id("audit-link")).click();
        return new AuditPage(driver);
    }

    /** Chooses an action and a target in the filter form and submits it. */
    public AuditPage filter(String action, String target) {
        new Select(driver.findElement(By.id("filter-action"))).selectByVisibleText(action);
        type(By.id("filter-target"), target);
        submitAndWait(By.id("filter-submit"));
        return new AuditPage(driver);
    }

    /** Types an actor (a name, an address or part of one) in the filter form, for every action and target, and submits it. */
    public AuditPage filterByActor(String actor) {
        type(By.id("filter-actor"), actor);
        new Select(driver.findElement(By.id("filter-action"))).selectByIndex(0);
        type(By.id("filter-target"), "");
        submitAndWait(By.id("filter-submit"));
        return new AuditPage(driver);
    }

    public List<Row> rows() {
        return retrying(() -> driver.findElements(By.cssSelector("#audit-entries tbody tr")).stream()
                .map(tr -> new Row(tr.findElement(By.cssSelector(".audit-actor")).getText(), tr.findElement(By.cssSelector(".audit-action")).getText(),
                        tr.findElement(By.cssSelector(".audit-target")).getText(), tr.findElement(By.cssSelector(".audit-before")).getText(),
                        tr.findElement(By.cssSelector(".audit-after")).getText()))
                .toList());
    }

    public String csvHref() {
        return driver.findElement(By.id("audit-csv")).getAttribute("href");
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}

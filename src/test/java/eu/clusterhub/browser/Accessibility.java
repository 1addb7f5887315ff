package eu.clusterhub.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules, run on the page the browser shows. */
public final class Accessibility {

    private Accessibility() {
    }

    /** Each violation as "rule-id (impact): help", with the offending nodes' selectors. */
    public static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream().map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        List<String> targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}

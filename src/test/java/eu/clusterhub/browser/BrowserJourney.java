package eu.clusterhub.browser;

import eu.clusterhub.testsupport.DeployedPortal;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser journey shares: the deployed portal, and one headless Chromium per
 * test class (a start costs about a second). Between tests the browser forgets everything:
 * cookies, the portal's stored data, the tab itself (session storage lives in a tab) and
 * a window size that a test changed.
 */
abstract class BrowserJourney extends DeployedPortal {

    protected static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void forgetEverything() {
        String previousTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String freshTab = driver.getWindowHandle();
        driver.switchTo().window(previousTab).close();
        driver.switchTo().window(freshTab);
        driver.manage().window().setSize(Browser.WINDOW);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }

    /** GETs an address outside the browser with the browser's cookies (its session): a download, say; the body on 200. */
    protected static String getInSession(String url) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var reply = eu.clusterhub.testsupport.Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies).GET());
        if (reply.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}

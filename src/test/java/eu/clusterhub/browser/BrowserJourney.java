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

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}

package eu.clusterhub.browser;

import eu.clusterhub.testsupport.DeployedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every browser journey shares: the deployed portal, and a fresh headless Chromium per test. */
abstract class BrowserJourney extends DeployedPortal {

    protected ChromeDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}

package eu.clusterhub.browser;

import eu.clusterhub.testsupport.Deployments;
import eu.clusterhub.testsupport.TestDatabase;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser journey shares: the portal deployed at the root of a Payara Micro
 * against the test database, and a fresh headless Chromium per test.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
abstract class BrowserJourney {

    @ArquillianResource
    protected URL base;

    protected ChromeDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}

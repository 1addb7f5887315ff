package eu.clusterhub.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the black-box integration tests share: the portal's WAR deployed at the root of a
 * Payara Micro against the test database, and its address.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.war();
    }
}

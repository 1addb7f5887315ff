package eu.clusterhub.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the black-box integration tests share: the portal's WAR deployed at the root of one
 * Payara Micro against the {@linkplain TestDatabase#SHARED shared test database}, and its
 * address. Every subclass talks to the same server for the whole run ({@link SharedDeployment}),
 * so a test makes its own accounts, boards and threads and never assumes it sees all of them.
 */
@ExtendWith(ArquillianOneClassAtATime.class)
public abstract class DeployedPortal {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.war();
    }
}

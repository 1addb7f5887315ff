package eu.clusterhub.testsupport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Arquillian's JUnit 5 extension, starting and ending one test class at a time. The
 * classes that start servers of their own run beside the shared-server suite (see
 * junit-platform.properties), while Arquillian sets itself up on first use and generates
 * and deploys per class: two threads must not do that at once.
 */
public class ArquillianOneClassAtATime extends ArquillianExtension {

    private static final Object CLASS_LIFECYCLE = new Object();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (CLASS_LIFECYCLE) {
            super.beforeAll(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        synchronized (CLASS_LIFECYCLE) {
            super.afterAll(context);
        }
    }
}

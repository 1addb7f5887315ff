package eu.clusterhub.testsupport;

import org.jboss.arquillian.container.spi.event.ContainerMultiControlEvent;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for the whole black-box suite. Arquillian deploys per test class, and
 * on Payara Micro a deployment is a new server process (~20 s each); every subclass of
 * {@link DeployedPortal} instead gets the deployment the first one made, which stays up
 * until the end of the run. Other test classes (those that need a start-up of their own)
 * keep Arquillian's usual per-class deployments.
 */
public final class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        try {
            TestDatabase.prepare(); // before Arquillian reads arquillian.xml, which names the servers' options
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The test databases could not be prepared", e);
        }
        builder.observer(Deployer.class);
    }

    /** Generates and deploys the shared scenario once, hands it to every later class, undeploys it last. */
    public static final class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<ContainerMultiControlEvent> containerEvents;

        // volatile: the events of a class with servers of its own come from another thread
        private volatile DeploymentScenario shared;
        private volatile Class<?> firstSharedClass;
        private volatile boolean deployed;
        private volatile RuntimeException deployFailure;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            Class<?> testClass = event.getEvent().getTestClass().getJavaClass();
            if (!DeployedPortal.class.isAssignableFrom(testClass)) {
                event.proceed();
                return;
            }
            if (shared == null) {
                event.proceed();
                shared = classScenario.get();
                firstSharedClass = testClass;
            } else {
                classScenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (!isShared()) {
                event.proceed();
                return;
            }
            if (deployFailure != null) {
                throw deployFailure; // fail fast: a second try would cost another start-up time-out
            }
            if (!deployed) {
                try {
                    event.proceed();
                    deployed = true;
                } catch (RuntimeException e) {
                    deployFailure = e;
                    throw e;
                }
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (!isShared()) {
                event.proceed();
            }
        }

        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null || !deployed) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(firstSharedClass);
            try {
                classScenario.set(shared);
                shared = null; // lets the undeployment through keepDeployed
                containerEvents.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(firstSharedClass);
            }
        }

        private boolean isShared() {
            return shared != null && classScenario.get() == shared;
        }
    }
}

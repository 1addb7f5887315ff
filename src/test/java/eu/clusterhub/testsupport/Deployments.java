package eu.clusterhub.testsupport;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, as Arquillian deploys it: the real artefact, not a partial one. */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("clusterhub.war", "target/clusterhub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package'");
        }
        // Deployed at the root, as in production: the base URL is then right even when the
        // container adapter fails to read the context root from Payara's start-up log.
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    }

    /**
     * The WAR with extra defaults in its microprofile-config.properties. They lose to system
     * properties and environment variables, so only keys the test run does not set work.
     */
    public static WebArchive warWithConfig(String name, Map<String, String> properties) {
        WebArchive war = war();
        String defaults = new String(readAll(war), java.nio.charset.StandardCharsets.UTF_8);
        String extra = properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "\n", "\n"));
        war.delete(CONFIG);
        war.add(new StringAsset(defaults + extra), CONFIG);
        // Arquillian wants a distinct archive name per deployment of a test class
        return ShrinkWrap.create(WebArchive.class, name + ".war").merge(war);
    }

    private static byte[] readAll(WebArchive war) {
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

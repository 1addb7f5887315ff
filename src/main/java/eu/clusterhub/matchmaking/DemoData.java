package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The matchmaking demo: with {@code clusterhub.demo=true} (CLUSTERHUB_DEMO=true, or
 * {@code mvn -Prun -Ddemo}) a start imports {@value DemoFile#RESOURCE}: a few organisations
 * across Europe with a member each, and a few dozen offers and needs that match one another,
 * so a newcomer sees matches at once. Off by default: production never loads it unless told.
 * It runs after the seed content (categories and certifications) and the first admin, and a
 * demo that fails to load is logged without stopping the portal.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "clusterhub.demo", defaultValue = "false")
    private boolean enabled;

    @Inject
    private DemoImport importer;

    /** After the observers of default priority (ContentImporter, AdminBootstrap), before the search relay. */
    void onDatabaseReady(@Observes @Priority(2900) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        try {
            DemoImport.Counts counts = importer.load(DemoFile.bundled());
            EventLog.info(LOG, "demo.loaded", "accounts=" + counts.accounts() + " offers=" + counts.offers()
                    + " needs=" + counts.needs());
        } catch (RuntimeException e) {
            EventLog.severe(LOG, "demo.failed", "reason=\"" + String.valueOf(e.getMessage()).replace('"', '\'') + "\"");
            LOG.log(Level.WARNING, "the demo data could not be loaded", e);
        }
    }
}

package eu.clusterhub.platform;

import eu.clusterhub.platform.web.SiteUrl;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up, in order: wait for the database, migrate the schema, then let features prepare
 * their data ({@link DatabaseReady}). Only then does the web application take requests. A
 * failure stops the start-up loudly; by default it also stops the process, so that an
 * orchestrator restarts or reports it instead of serving a half-started portal.
 */
@WebListener
@DataSourceDefinition(
        name = StartupSequence.DATA_SOURCE,
        className = "eu.clusterhub.platform.PortalDataSource",
        url = "${MPCONFIG=clusterhub.db.url}",
        user = "${MPCONFIG=clusterhub.db.user}",
        password = "${MPCONFIG=clusterhub.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a request waits at most this long for a connection: with the database gone, 503 in seconds
        properties = "fish.payara.max-wait-time-in-millis=5000")
public class StartupSequence implements ServletContextListener {

    public static final String DATA_SOURCE = "java:app/jdbc/clusterhub";
    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    private DatabaseMigrations migrations;

    @Inject
    private SiteUrl siteUrl;

    @Inject
    private Event<StartupBegins> startupBegins;

    @Inject
    private Event<DatabaseReady> databaseReady;

    @Inject
    @ConfigProperty(name = "clusterhub.startup.halt-on-failure", defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long started = System.nanoTime();
        try {
            siteUrl.requireConfigured();
            startupBegins.fire(new StartupBegins());
            MigrateResult result = migrations.migrate();
            String version = migrations.currentVersion();
            EventLog.info(LOG, "startup.migrations", "applied=" + result.migrationsExecuted + " schemaVersion=" + version);
            databaseReady.fire(new DatabaseReady(version, event.getServletContext()));
            EventLog.info(LOG, "startup.ready", "tookMs=" + (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            EventLog.severe(LOG, "startup.failed", "reason=\"" + rootMessage(e) + "\"");
            LOG.log(Level.SEVERE, "Start-up failed", e);
            if (haltOnFailure) {
                halt();
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : cause.toString();
        return message.replace('"', '\'');
    }

    /** Stops the JVM after the failure is safely in the log. */
    private static void halt() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        System.err.println("ClusterHub failed to start; stopping the server (clusterhub.startup.halt-on-failure=true).");
        System.err.flush();
        Runtime.getRuntime().halt(3);
    }
}

package eu.clusterhub.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema, owned by Flyway: the migrations under db/migration are the only thing that
 * creates or changes tables (EclipseLink never generates DDL).
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "clusterhub.db.wait-seconds", defaultValue = "60")
    private int waitSeconds;

    /** Waits for the database to accept connections, then applies pending migrations. */
    public MigrateResult migrate() {
        awaitDatabase();
        return flyway().migrate();
    }

    public int pendingCount() {
        return flyway().info().pending().length;
    }

    public String currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    /** A database started next to the application (compose, a fresh machine) may come up later. */
    private void awaitDatabase() {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        SQLException last;
        do {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException e) {
                if (isAccessDenied(e)) { // waiting does not fix a wrong account or password
                    throw new IllegalStateException("The database refused the account: " + e.getMessage(), e);
                }
                last = e;
                EventLog.warning(LOG, "startup.db.waiting", "reason=\"" + e.getMessage() + "\"");
                sleep();
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("The database did not accept connections within " + waitSeconds + " s: "
                + last.getMessage(), last);
    }

    private static boolean isAccessDenied(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}

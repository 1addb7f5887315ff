package eu.clusterhub.platform.health;

import eu.clusterhub.platform.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers and no migration is pending. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    private DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        if (!migrations.reachable()) {
            return HealthCheckResponse.named("database").down().withData("reachable", false).build();
        }
        int pending = migrations.pendingCount();
        return HealthCheckResponse.named("database")
                .status(pending == 0)
                .withData("reachable", true)
                .withData("schemaVersion", migrations.currentVersion())
                .withData("pendingMigrations", pending)
                .build();
    }
}

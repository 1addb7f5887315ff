package eu.clusterhub.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the seed content of this start-up was imported. */
@Readiness
@ApplicationScoped
public class ContentCheck implements HealthCheck {

    @Inject
    private ContentImporter importer;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content");
        return importer.lastReport()
                .map(report -> response.status(report.succeeded())
                        .withData("source", report.source())
                        .withData("created", report.created())
                        .withData("updated", report.updated())
                        .withData("unchanged", report.unchanged())
                        .build())
                .orElseGet(() -> response.down().withData("imported", false).build());
    }
}

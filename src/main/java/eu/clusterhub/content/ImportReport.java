package eu.clusterhub.content;

import java.time.LocalDateTime;

/** What one import did: counts of rows created, updated and left alone, or why it failed. */
public record ImportReport(String source, LocalDateTime startedAt, LocalDateTime finishedAt,
                           int created, int updated, int unchanged, String failure) {

    public boolean succeeded() {
        return failure == null;
    }

    public String summary() {
        return succeeded()
                ? "created=" + created + " updated=" + updated + " unchanged=" + unchanged
                : "failed: " + failure;
    }
}

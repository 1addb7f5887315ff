package eu.clusterhub.moderation;

import java.time.LocalDateTime;

/**
 * An entry as the page, the API and the CSV show it, with the actor's current name: an
 * erased account shows as "erased account #id".
 */
public record AuditRow(long id, LocalDateTime at, long actorId, String actorName, String action, String targetType, String targetId,
                       String reason, String before, String after) {

    /** {@code type:id}, the form the target filter takes. */
    public String target() {
        return targetType + ":" + targetId;
    }
}

package eu.clusterhub.moderation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the audit log is filtered on; a null part matches everything.
 *
 * @param actorIds   the actors (an id given, or the accounts whose name matches the text given); empty matches nothing
 * @param actor      the actor filter as given, for links that keep it
 * @param action     one action name of the catalogue
 * @param targetType the target's type ({@code thread})
 * @param targetId   the target's id, only with a type ({@code thread:42})
 * @param from       first day, inclusive (UTC)
 * @param to         last day, inclusive (UTC)
 */
public record AuditFilter(Set<Long> actorIds, String actor, String action, String targetType, String targetId, LocalDate from,
                          LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    /** The target filter as given: {@code type} or {@code type:id}, or null. */
    public String target() {
        return targetType == null ? null : targetId == null ? targetType : targetType + ":" + targetId;
    }
}

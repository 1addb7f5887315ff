package eu.clusterhub.platform.audit;

/**
 * A staff member (moderator or admin) did something to the portal: fired synchronously, inside
 * the transaction of the change itself, by the feature that made it, so the audit log's entry
 * commits or rolls back with the change. The moderation feature writes it down; features only
 * announce, they never depend on the log.
 *
 * @param actorId    the account that acted
 * @param action     one of the names a feature lists in its {@link StaffActions}, e.g. {@code thread.lock}
 * @param targetType what was acted on: {@code thread}, {@code post}, {@code account}, {@code board}, ...
 * @param targetId   its id or slug, as the API names it
 * @param reason     the reason the actor gave, or null
 * @param before     a short summary of the state before (plain text, may be null)
 * @param after      the same after the action (plain text, may be null)
 */
public record StaffActionTaken(long actorId, String action, String targetType, String targetId, String reason, String before,
                               String after) {

    public StaffActionTaken {
        if (action == null || action.isBlank() || targetType == null || targetType.isBlank() || targetId == null) {
            throw new IllegalArgumentException("A staff action names its action, target type and target id");
        }
    }

    /** An action without a reason or a before/after summary. */
    public static StaffActionTaken of(long actorId, String action, String targetType, Object targetId) {
        return new StaffActionTaken(actorId, action, targetType, String.valueOf(targetId), null, null, null);
    }

    public StaffActionTaken because(String why) {
        return new StaffActionTaken(actorId, action, targetType, targetId, why, before, after);
    }

    public StaffActionTaken change(String was, String is) {
        return new StaffActionTaken(actorId, action, targetType, targetId, reason, was, is);
    }
}

package eu.clusterhub.moderation;

import eu.clusterhub.testsupport.TestAccounts;
import java.util.Map;

/**
 * The scripts of one feature's staff actions for {@link AuditTrailIT}: for each action name
 * the feature declares (its {@code StaffActions} bean), a script that makes the objects it
 * needs and performs the action once, over the API, as the test's moderator or admin. A
 * feature that adds staff actions adds an implementation here and one line to
 * {@link AuditTrailIT#SCRIPTS}.
 */
public interface StaffActionScripts {

    /** Script by action name. */
    Map<String, Script> scripts();

    /** Performs the action once and says which entry it should leave. */
    @FunctionalInterface
    interface Script {
        Expected run(Staff staff);
    }

    /** The entry a script expects: by this actor, on this target. */
    record Expected(long actorId, String targetType, String targetId) {

        public static Expected of(TestAccounts.Caller actor, String targetType, Object targetId) {
            return new Expected(actor.id(), targetType, String.valueOf(targetId));
        }
    }
}

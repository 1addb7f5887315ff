package eu.clusterhub.platform.audit;

import java.util.Set;

/**
 * The staff actions a feature can announce with {@link StaffActionTaken}, as an application-
 * scoped CDI bean of that feature. The audit log offers their union as the list of actions
 * to filter on, and its test walks that list: an action a feature adds without an entry in
 * the log, or an entry under a name nobody declared, fails the suite.
 */
public interface StaffActions {

    /** Action names, {@code <target>.<verb>} like {@code thread.lock}, {@code account.role}. */
    Set<String> names();
}

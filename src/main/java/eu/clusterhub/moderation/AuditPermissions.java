package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.Permission;

/**
 * Who reads the audit log: moderators and admins, on the page, the API and the export.
 * Nobody, admins included, changes or deletes an entry: there is no such permission.
 */
public final class AuditPermissions {

    private static final Permission SIGN_IN = Permission.refused(NotAuthenticated::new);
    private static final Permission STAFF_ONLY = Permission.refused(
            () -> new Forbidden("Only moderators and admins read the audit log"));

    private AuditPermissions() {
    }

    /** For the caller, or null for an anonymous visitor. */
    public static Permission mayRead(Account caller) {
        if (caller == null) {
            return SIGN_IN;
        }
        return caller.isModerator() ? Permission.granted() : STAFF_ONLY;
    }
}

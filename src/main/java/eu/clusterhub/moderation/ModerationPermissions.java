package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.Permission;

/** Who may flag (members who may write: confirmed, not silenced) and who reviews (moderators and admins). */
public final class ModerationPermissions {

    private static final Permission SIGN_IN = Permission.refused(NotAuthenticated::new);
    private static final Permission CONFIRM_EMAIL = Permission.refused(
            () -> new Forbidden("Confirm your email address before flagging"));
    private static final Permission SILENCED = Permission.refused(
            () -> new Forbidden("Silenced", "A moderator made your account read-only for a while: you cannot flag until it ends"));
    private static final Permission MODERATORS_ONLY = Permission.refused(() -> new Forbidden("Only moderators review flagged items"));

    private final Account caller;

    private ModerationPermissions(Account caller) {
        this.caller = caller;
    }

    public static ModerationPermissions of(Account caller) {
        return new ModerationPermissions(caller);
    }

    public Permission mayFlag() {
        if (caller == null) {
            return SIGN_IN;
        }
        if (caller.isSilenced()) {
            return SILENCED;
        }
        return caller.canPost() ? Permission.granted() : CONFIRM_EMAIL;
    }

    /** The queue, its actions and the coverage settings. */
    public Permission mayReview() {
        if (caller == null) {
            return SIGN_IN;
        }
        return caller.isModerator() ? Permission.granted() : MODERATORS_ONLY;
    }
}

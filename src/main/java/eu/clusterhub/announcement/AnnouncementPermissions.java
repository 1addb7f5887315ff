package eu.clusterhub.announcement;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Permission;

/**
 * Every "may this caller do X" of the announcements, answered in one place for the service,
 * the API and the pages. Anyone reads published and archived announcements; moderators also
 * see drafts, write, publish, archive, pin and read revisions; members with a confirmed email
 * suggest drafts. A draft is not found for everyone else, so its existence does not leak.
 */
public final class AnnouncementPermissions {

    private static final Permission SIGN_IN = Permission.refused(NotAuthenticated::new);
    private static final Permission MODERATORS_ONLY = Permission.refused(
            () -> new Forbidden("Only moderators can change announcements"));
    private static final Permission CONFIRM_EMAIL = Permission.refused(
            () -> new Forbidden("Confirm your email address before suggesting announcements"));
    private static final Permission NOT_FOUND = Permission.refused(() -> new NotFound("No such announcement"));

    private final boolean signedIn;
    private final boolean moderator;
    private final boolean confirmed;

    AnnouncementPermissions(boolean signedIn, boolean moderator, boolean confirmed) {
        this.signedIn = signedIn;
        this.moderator = signedIn && moderator;
        this.confirmed = signedIn && confirmed;
    }

    /** The permissions of an account, or of an anonymous visitor for null. */
    public static AnnouncementPermissions of(Account caller) {
        return caller == null ? new AnnouncementPermissions(false, false, false)
                : new AnnouncementPermissions(true, caller.isModerator(), caller.canPost());
    }

    /** Create, edit, publish, archive, pin and unpin, and read the revisions: moderators. */
    public Permission mayWrite() {
        if (!signedIn) {
            return SIGN_IN;
        }
        return moderator ? Permission.granted() : MODERATORS_ONLY;
    }

    /** Send a suggestion (a draft for the moderators): members with a confirmed email. */
    public Permission maySuggest() {
        if (!signedIn) {
            return SIGN_IN;
        }
        return confirmed ? Permission.granted() : CONFIRM_EMAIL;
    }

    /** Drafts appear in lists and at their address for moderators only. */
    public boolean maySeeDrafts() {
        return moderator;
    }

    /** An announcement as far as the caller may see it: a draft is not found for readers. */
    public Permission maySee(Announcement announcement) {
        return announcement.getStatus().isPublic() || maySeeDrafts() ? Permission.granted() : NOT_FOUND;
    }
}

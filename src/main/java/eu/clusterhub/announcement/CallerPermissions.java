package eu.clusterhub.announcement;

import eu.clusterhub.account.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's {@link AnnouncementPermissions}, worked out once per request (on first use:
 * most pages never ask) for every announcement view that shows or hides something by them.
 */
@RequestScoped
public class CallerPermissions {

    @Inject
    private CurrentAccount me;

    private AnnouncementPermissions permissions;

    public AnnouncementPermissions get() {
        if (permissions == null) {
            permissions = AnnouncementPermissions.of(me.getAccount());
        }
        return permissions;
    }
}

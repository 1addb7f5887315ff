package eu.clusterhub.notification;

import eu.clusterhub.account.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The header's bell for a signed-in member: the unread count from the member's counter row
 * (one primary-key read per page, no count query), and how often notification-bell.js asks
 * {@code GET /api/notifications/count} for a new one (clusterhub.notifications.poll-seconds).
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private CurrentAccount me;

    @Inject
    private NotificationRepository notifications;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.poll-seconds", defaultValue = "30")
    private int pollSeconds;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = me.get().map(a -> notifications.unread(a.getId())).orElse(0);
        }
        return unread;
    }

    /** What a screen reader says for the link. */
    public String getLabel() {
        return getUnread() > 0 ? "Notifications, " + getUnread() + " unread" : "Notifications";
    }

    public int getPollSeconds() {
        return Math.max(1, pollSeconds);
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's inbox link for a signed-in member, with the count of unread messages (one counter row per page). */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    private CurrentAccount me;

    @Inject
    private ConversationRepository conversations;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = me.get().map(a -> conversations.unreadTotal(a.getId())).orElse(0L);
        }
        return unread;
    }
}

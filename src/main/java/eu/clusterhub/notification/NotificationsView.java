package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /notifications: the member's latest notifications grouped by thread, the group with the
 * newest first; each group can be marked read, or everything at once. Opening the page
 * changes nothing: what is unread stays so until marked.
 */
@Named
@RequestScoped
public class NotificationsView {

    static final int SHOWN = 100;
    private static final Map<NotificationKind, String> WHAT = Map.ofEntries(
            Map.entry(NotificationKind.MENTION, "mentioned you"),
            Map.entry(NotificationKind.QUOTE, "quoted your post"),
            Map.entry(NotificationKind.REPLY, "replied to you"),
            Map.entry(NotificationKind.ACCEPTED, "accepted your answer"),
            Map.entry(NotificationKind.MESSAGE, "sent you a message"),
            Map.entry(NotificationKind.CONTACT, "sent you a contact request"),
            Map.entry(NotificationKind.LISTING_MATCH, "new match"),
            Map.entry(NotificationKind.MODERATION, "a moderator's decision"),
            Map.entry(NotificationKind.THREAD_POST, "posted in a thread you watch"),
            Map.entry(NotificationKind.BOARD_THREAD, "started a thread in a board you watch"),
            Map.entry(NotificationKind.BOARD_POST, "posted in a board you watch"),
            Map.entry(NotificationKind.ANNOUNCEMENT, "announcement you watch"),
            Map.entry(NotificationKind.SEARCH_MATCH, "new result of a search you watch"),
            Map.entry(NotificationKind.LISTING_NEW, "new listing you watch"));

    @Inject
    private CurrentAccount me;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AccountRepository accounts;

    private List<Group> groups;
    private Map<Long, Account> actors;

    /** One line of the page. */
    public record Item(Notification notification, String who, String what) {
    }

    /** The notifications of one thread (or one notification without a thread), newest first. */
    public record Group(String key, String title, String url, List<Item> items, int unread, LocalDateTime latest) {
    }

    public List<Group> getGroups() {
        if (groups == null) {
            long accountId = me.require().getId();
            List<Notification> latest = notifications.page(accountId, false, 0, SHOWN);
            Set<Long> actorIds = new HashSet<>();
            latest.forEach(n -> {
                if (n.actorId() != null) {
                    actorIds.add(n.actorId());
                }
            });
            actors = accounts.byIds(actorIds);
            Map<String, List<Notification>> byKey = new LinkedHashMap<>();
            latest.forEach(n -> byKey.computeIfAbsent(n.threadId() == null ? "n" + n.id() : "t" + n.threadId(), k -> new ArrayList<>()).add(n));
            groups = new ArrayList<>();
            byKey.forEach((key, list) -> {
                Notification newest = list.get(0);
                List<Item> items = list.stream().map(n -> new Item(n, who(n), WHAT.get(n.kind()))).toList();
                groups.add(new Group(key, newest.title(), newest.url(), items, (int) list.stream().filter(n -> !n.isRead()).count(),
                        newest.createdAt()));
            });
        }
        return groups;
    }

    public boolean isAnyUnread() {
        return getGroups().stream().anyMatch(g -> g.unread() > 0);
    }

    private String who(Notification n) {
        if (n.actorId() == null) {
            return "ClusterHub";
        }
        Account actor = actors.get(n.actorId());
        return actor == null || actor.getStatus() == eu.clusterhub.account.AccountStatus.DELETED ? "Deleted user" : actor.getDisplayName();
    }

    public void markGroupRead(String key) {
        FacesMessages.attempt(() -> {
            List<Long> ids = getGroups().stream().filter(g -> g.key().equals(key)).flatMap(g -> g.items().stream())
                    .map(i -> i.notification().id()).toList();
            notifications.markRead(me.require().getId(), ids);
            groups = null;
        });
    }

    public void markAllRead() {
        FacesMessages.attempt(() -> {
            notifications.markAllRead(me.require().getId());
            groups = null;
        });
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Notifications, watches and members as the API shows them: names and organisations, never addresses. */
final class NotificationJson {

    private NotificationJson() {
    }

    static JsonObjectBuilder notification(Notification n, Map<Long, Account> actors, String siteBase) {
        JsonObjectBuilder target = Jsons.object().add("type", n.targetType()).add("id", n.targetId())
                .add("url", siteBase + n.url()).add("title", n.title());
        return Jsons.object()
                .add("id", n.id())
                .add("kind", n.kind().code())
                .add("createdAt", time(n.createdAt()))
                .add("read", n.isRead())
                .add("actor", n.actorId() == null ? JsonValue.NULL : member(actors.get(n.actorId()), n.actorId()).build())
                .add("target", target)
                .add("thread", n.threadId() == null ? JsonValue.NULL : Jsons.value(n.threadId()))
                .add("summary", n.summary());
    }

    /** A member as others see them; an erased account (null here) is "Deleted user". */
    static JsonObjectBuilder member(Account account, long id) {
        JsonObjectBuilder json = Jsons.object().add("id", id);
        if (account == null || account.getStatus() == eu.clusterhub.account.AccountStatus.DELETED) {
            return json.add("displayName", "Deleted user").add("organisation", JsonValue.NULL);
        }
        return json.add("displayName", account.getDisplayName())
                .add("organisation", account.getOrganisation() == null ? JsonValue.NULL
                        : Jsons.value(account.getOrganisation().getName()));
    }

    static JsonObjectBuilder watch(Watch w) {
        WatchTarget t = w.getTarget();
        JsonObjectBuilder target = Jsons.object().add("type", t.type())
                .add("id", t.id() == null ? JsonValue.NULL : Jsons.value(t.id()))
                .add("filter", t.filter() == null ? JsonValue.NULL : Jsons.value(t.filter()));
        return Jsons.object().add("id", w.getId()).add("target", target).add("level", w.getLevel().code())
                .add("createdAt", time(w.getCreatedAt())).add("updatedAt", time(w.getUpdatedAt()));
    }

    static String time(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).toString();
    }
}

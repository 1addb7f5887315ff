package eu.clusterhub.notification;

import eu.clusterhub.account.AccountErased;
import eu.clusterhub.account.DataExportPart;
import eu.clusterhub.platform.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * A member's notification data in their export (their watches, their notifications and
 * their delivery settings), and its removal when the account is erased, in the erasure's
 * transaction. Notifications others received about what the erased member did stay; they
 * show "Deleted user" as the actor.
 */
@ApplicationScoped
public class NotificationDataExport implements DataExportPart {

    @Inject
    private WatchService watches;

    @Inject
    private NotificationRepository notifications;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public JsonValue of(long accountId) {
        JsonArrayBuilder watched = Jsons.array();
        watches.of(accountId).forEach(w -> watched.add(NotificationJson.watch(w).remove("id")));
        JsonArrayBuilder received = Jsons.array();
        List<Notification> all = notifications.page(accountId, false, 0, Integer.MAX_VALUE);
        all.forEach(n -> received.add(NotificationJson.notification(n, Map.of(), "").remove("actor")
                .add("actorId", n.actorId() == null ? JsonValue.NULL : Jsons.value(n.actorId()))));
        List<?> settings = em.createNativeQuery("SELECT digest_hour, time_zone, kinds FROM notification_settings WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        JsonValue settingsJson = JsonValue.NULL;
        if (!settings.isEmpty()) {
            Object[] row = (Object[]) settings.get(0);
            settingsJson = Jsons.object().add("digestHour", ((Number) row[0]).intValue()).add("timeZone", (String) row[1])
                    .add("kinds", (String) row[2]).build();
        }
        return Jsons.object().add("watches", watched).add("notifications", received).add("settings", settingsJson).build();
    }

    void onErased(@Observes AccountErased erased) {
        notifications.eraseAll(erased.accountId());
    }
}

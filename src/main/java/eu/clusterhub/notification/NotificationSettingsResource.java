package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/me/notification-settings: how the caller's notifications are mailed. GET shows every
 * kind (defaults included); PUT changes what the body names ({digestHour, timeZone,
 * kinds:{code: "immediately"|"daily"|"weekly"|"never"}}) and answers with the result. Bad
 * input is refused field by field (400) and nothing is stored.
 */
@Path("me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private NotificationSettingsStore settings;

    @GET
    public JsonObject get() {
        Account caller = me.require();
        return settings.of(caller.getId()).toJson();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject put(JsonValue body) {
        Account caller = me.require();
        NotificationSettings changed = settings.of(caller.getId()).changedBy(body);
        settings.save(caller.getId(), changed);
        return changed.toJson();
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * /api/notifications: the caller's notifications, newest first ({@code ?unread=true} for the
 * unread ones only, paged), marking read ({@code POST /read} with {"ids":[...]} or
 * {"all":true}) and the bell's count ({@code GET /count}, a primary-key read).
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final int MAX_IDS = 500;

    @Inject
    private CurrentAccount me;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteUrl site;

    @GET
    public JsonObject list(@QueryParam("unread") String unread, @QueryParam("page") String page, @QueryParam("size") String size) {
        Account caller = me.require();
        if (unread != null && !unread.equals("true") && !unread.equals("false")) {
            throw ValidationFailed.of("unread", "Use true or false");
        }
        boolean unreadOnly = "true".equals(unread);
        Paging paging = Paging.parse(page, size, 20, 100);
        List<Notification> items = notifications.page(caller.getId(), unreadOnly, (paging.page() - 1) * paging.size(), paging.size());
        Set<Long> actorIds = new HashSet<>();
        items.forEach(n -> {
            if (n.actorId() != null) {
                actorIds.add(n.actorId());
            }
        });
        var actors = accounts.byIds(actorIds);
        JsonArrayBuilder json = Jsons.array();
        items.forEach(n -> json.add(NotificationJson.notification(n, actors, site.base())));
        return Jsons.object()
                .add("total", notifications.count(caller.getId(), unreadOnly))
                .add("unread", notifications.unread(caller.getId()))
                .add("page", paging.page())
                .add("size", paging.size())
                .add("items", json)
                .build();
    }

    /** The bell's number; never cached, so the header's poll sees changes at once. */
    @GET
    @Path("count")
    public Response count() {
        Account caller = me.require();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Jsons.object().add("unread", notifications.unread(caller.getId())).build()).cacheControl(noStore).build();
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject read(JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        int changed;
        if (in.flag("all")) {
            changed = notifications.markAllRead(caller.getId());
        } else {
            changed = notifications.markRead(caller.getId(), ids(body));
        }
        return Jsons.object().add("marked", changed).add("unread", notifications.unread(caller.getId())).build();
    }

    private static List<Long> ids(JsonValue body) {
        JsonValue value = body.asJsonObject().get("ids");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw ValidationFailed.of("ids", "Send {\"ids\": [...]} with the notifications to mark, or {\"all\": true}");
        }
        if (value.asJsonArray().size() > MAX_IDS) {
            throw ValidationFailed.of("ids", "At most " + MAX_IDS + " ids at once; use {\"all\": true} for everything");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue id : value.asJsonArray()) {
            if (id.getValueType() != JsonValue.ValueType.NUMBER || !((jakarta.json.JsonNumber) id).isIntegral()) {
                throw ValidationFailed.of("ids", "Must be a list of whole numbers");
            }
            ids.add(((jakarta.json.JsonNumber) id).longValue());
        }
        return ids;
    }
}

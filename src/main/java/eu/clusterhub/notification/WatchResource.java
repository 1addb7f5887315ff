package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /api/watches: the caller's watches. {@code PUT} {target:{type, id?, filter?}, level} sets
 * the level for a target (creating or changing the one watch of that target): 200 with the
 * watch; {@code DELETE /{id}}: 204, someone else's watch is 404.
 */
@Path("watches")
@Produces(MediaType.APPLICATION_JSON)
public class WatchResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private WatchService watches;

    @GET
    public JsonObject list() {
        Account caller = me.require();
        JsonArrayBuilder items = Jsons.array();
        watches.of(caller.getId()).forEach(w -> items.add(NotificationJson.watch(w)));
        return Jsons.object().add("items", items).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject set(JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        if (!in.has("target")) {
            throw ValidationFailed.of("target", "Say what to watch: {\"type\": \"thread\", \"id\": 7}");
        }
        JsonInput target = in.object("target");
        WatchTarget what = WatchTarget.of(target.text("type"), target.number("id"), target.text("filter"));
        String levelCode = in.text("level");
        WatchLevel level = WatchLevel.of(levelCode == null ? "" : levelCode)
                .orElseThrow(() -> ValidationFailed.of("level", "Use watching, new-threads (boards), normal or muted"));
        return NotificationJson.watch(watches.set(caller, what, level)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Account caller = me.require();
        watches.delete(caller, PathIds.of(id, "watch"));
        return Response.noContent().build();
    }
}

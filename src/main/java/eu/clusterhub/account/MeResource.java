package eu.clusterhub.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /api/me and /api/me/export: the caller's account and all the data it owns. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private DataExport export;

    @GET
    public JsonObject get() {
        return AccountJson.account(me.require());
    }

    @GET
    @Path("export")
    public Response export() {
        Account account = me.require();
        return Response.ok(export.of(account))
                .header("Content-Disposition", "attachment; filename=\"clusterhub-export-" + account.getId() + ".json\"")
                .build();
    }
}

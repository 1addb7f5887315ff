package eu.clusterhub.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /api/me and /api/me/export: the caller's account and all the data it owns; POST /api/me/erase deletes it. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private DataExport export;

    @Inject
    private Erasure erasure;

    /** Deletes the caller's account for good; body {"password": "..."} confirms it. */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response erase(JsonValue body) {
        Account account = me.require();
        erasure.eraseOwn(account.getId(), JsonInput.of(body).text("password"));
        return Response.noContent().build();
    }

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

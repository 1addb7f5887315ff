package eu.clusterhub.account;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** Account administration (ADMIN only): create verified accounts, change roles, suspend. */
@Path("admin/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private AccountService service;

    @POST
    public Response create(JsonValue body, @Context UriInfo uri) {
        Account admin = me.require(Role.ADMIN);
        Role role = role(JsonInput.of(body).text("role"));
        Account account = service.createVerified(RegistrationJson.read(body), role, admin);
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId().toString()).build())
                .entity(AccountJson.account(account)).build();
    }

    @PUT
    @Path("{id}/role")
    public JsonObject changeRole(@PathParam("id") long id, JsonValue body) {
        Account admin = me.require(Role.ADMIN);
        Role role = role(JsonInput.of(body).text("role"));
        if (admin.getId() == id && role != Role.ADMIN) {
            throw ValidationFailed.of("role", "Admins cannot take away their own admin role");
        }
        return AccountJson.account(service.changeRole(id, role, admin));
    }

    @POST
    @Path("{id}/suspend")
    public JsonObject suspend(@PathParam("id") long id) {
        Account admin = me.require(Role.ADMIN);
        if (admin.getId() == id) {
            throw ValidationFailed.of("id", "Admins cannot suspend themselves");
        }
        return AccountJson.account(service.suspend(id, admin));
    }

    @POST
    @Path("{id}/reactivate")
    public JsonObject reactivate(@PathParam("id") long id) {
        Account admin = me.require(Role.ADMIN);
        return AccountJson.account(service.reactivate(id, admin));
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("role", "Must be one of MEMBER, MODERATOR, ADMIN");
        }
    }
}

package eu.clusterhub.account;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Organisation verification (MODERATOR and ADMIN). */
@Path("moderation/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private OrganisationService organisations;

    @GET
    public JsonArray list(@QueryParam("unverified") @DefaultValue("false") boolean onlyUnverified) {
        me.require(Role.MODERATOR);
        var list = Jsons.array();
        organisations.list(onlyUnverified).forEach(o -> list.add(AccountJson.organisation(o)));
        return list.build();
    }

    @POST
    @Path("{id}/verify")
    public JsonObject verify(@PathParam("id") long id) {
        return AccountJson.organisation(organisations.verify(id, me.require(Role.MODERATOR).getId()));
    }

    @POST
    @Path("{id}/unverify")
    public JsonObject unverify(@PathParam("id") long id) {
        return AccountJson.organisation(organisations.unverify(id, me.require(Role.MODERATOR).getId()));
    }
}

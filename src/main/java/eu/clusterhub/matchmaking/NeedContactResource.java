package eu.clusterhub.matchmaking;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** POST /api/needs/{id}/contacts: the need's owner writes to an offer's owner; see {@link ContactResource}. */
@Path("needs/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class NeedContactResource {

    @Inject
    private ContactResource contacts;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") String id, JsonValue body) {
        return contacts.fromNeed(id, body, uri);
    }
}

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

/** POST /api/offers/{id}/contacts: the offer's owner writes to a need's owner; see {@link ContactResource}. */
@Path("offers/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class OfferContactResource {

    @Inject
    private ContactResource contacts;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") String id, JsonValue body) {
        return contacts.fromOffer(id, body, uri);
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/needs/{id}/pledges: the pledges against a need with its coverage (anyone reads them),
 * and recording one {offerId, quantity, date?} (the need's owner only).
 */
@Path("needs/{id}/pledges")
@Produces(MediaType.APPLICATION_JSON)
public class PledgeResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private PledgeService service;

    @Inject
    private ListingRepository listings;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject list(@PathParam("id") String id) {
        long needId = PathIds.of(id, "need");
        List<PledgeService.PledgeRow> rows = service.pledges(needId);
        Need need = listings.need(needId).orElseThrow(() -> new NotFound("No such need"));
        JsonArrayBuilder items = Jsons.array();
        rows.forEach(r -> items.add(ConversationJson.pledge(r)));
        return Jsons.object().add("need", ConversationJson.coverage(need)).add("total", rows.size()).add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        long needId = PathIds.of(id, "need");
        JsonInput in = JsonInput.of(body);
        String quantity = quantity(body);
        PledgeService.Recorded recorded = service.record(needId, in.number("offerId"), quantity, in.text("date"), caller);
        PledgeService.PledgeRow row = service.pledges(needId).stream()
                .filter(r -> r.pledge().getId().equals(recorded.pledge().getId())).findFirst().orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("needs").path(Long.toString(needId)).path("pledges").build())
                .entity(ConversationJson.pledge(row).add("need", ConversationJson.coverage(recorded.need())).build()).build();
    }

    /** The quantity as text for the rules to check: a JSON number or a string; anything else is refused there. */
    private static String quantity(JsonValue body) {
        JsonValue value = body.asJsonObject().get("quantity");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString text) {
            return text.getString();
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            try {
                return Long.toString(number.bigDecimalValue().longValueExact());
            } catch (ArithmeticException e) {
                return "not a whole number";
            }
        }
        return "not a number";
    }
}

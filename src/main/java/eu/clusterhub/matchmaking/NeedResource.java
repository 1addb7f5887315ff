package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import eu.clusterhub.platform.Paging;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** /api/needs: what organisations need; list, publish, read, edit (with version), close. */
@Path("needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ListingRepository listings;

    @Inject
    private NeedService service;

    @Inject
    private Catalogue catalogue;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Matching matching;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("category") String category, @QueryParam("country") String country,
                           @QueryParam("certification") String certification, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Catalogue.Snapshot lists = catalogue.now();
        ListingQuery query = ListingQuery.needs(lists, category, country, certification, status, page, size);
        ResultPage<Need> found = listings.needs(query.filter(), query.paging().page(), query.paging().size());
        Set<Long> owners = new HashSet<>();
        found.items().forEach(o -> owners.add(o.getOwnerId()));
        Map<Long, Account> byId = accounts.byIds(owners);
        JsonArrayBuilder items = Jsons.array();
        found.items().forEach(o -> items.add(ListingJson.need(o, lists, byId)));
        return Jsons.object().add("total", found.total()).add("page", found.page()).add("size", found.size())
                .add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(JsonValue body) {
        Account caller = me.require();
        Need need = service.publish(ListingDrafts.need(body), caller);
        return Response.created(uri.getBaseUriBuilder().path("needs").path(Long.toString(need.getId())).build())
                .entity(json(need)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") String id) {
        return json(find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        Need need = service.edit(PathIds.of(id, "need"), ListingDrafts.version(body), ListingDrafts.need(body), caller);
        return json(need);
    }

    @DELETE
    @Path("{id}")
    public JsonObject close(@PathParam("id") String id) {
        Account caller = me.require();
        return json(service.close(PathIds.of(id, "need"), caller));
    }

    /** The offers that can serve the need, ranked, with the fewest offers that together cover it. */
    @GET
    @Path("{id}/matches")
    public JsonObject matches(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size, ListingQuery.DEFAULT_SIZE, ListingQuery.MAX_SIZE);
        Matching.NeedMatches found = matching.forNeed(PathIds.of(id, "need"), OfferService.today());
        Set<Long> shown = new HashSet<>();
        MatchJson.pageOf(found.matches(), paging).forEach(m -> shown.add(m.listingId()));
        found.combination().offers().forEach(m -> shown.add(m.listingId()));
        Map<Long, Offer> offers = new HashMap<>();
        listings.offers(shown).forEach(o -> offers.put(o.getId(), o));
        Set<Long> owners = new HashSet<>();
        offers.values().forEach(o -> owners.add(o.getOwnerId()));
        Map<Long, Account> byId = accounts.byIds(owners);
        Catalogue.Snapshot lists = catalogue.now();
        return Jsons.object().add("need", found.need().getId()).add("demanded", found.demanded())
                .add("total", found.matches().size()).add("page", paging.page()).add("size", paging.size())
                .add("items", MatchJson.page(found.matches(), paging, "offer", offers, o -> ListingJson.offer(o, lists, byId)))
                .add("combination", MatchJson.combination(found.combination(), offers)).build();
    }

    /** The earlier versions, newest first: what each edit replaced, who made it and when. */
    @GET
    @Path("{id}/revisions")
    public JsonObject revisions(@PathParam("id") String id) {
        Need current = find(id);
        var revisions = listings.revisions("need", current.getId());
        Set<Long> editors = new HashSet<>();
        revisions.forEach(r -> editors.add(r.getEditorId()));
        return ListingJson.revisions(current.getId(), revisions, accounts.byIds(editors)).build();
    }

    private Need find(String id) {
        return listings.need(PathIds.of(id, "need")).orElseThrow(() -> new NotFound("No such need"));
    }

    private JsonObject json(Need need) {
        return ListingJson.need(need, catalogue.now(), accounts.byIds(Set.of(need.getOwnerId()))).build();
    }
}

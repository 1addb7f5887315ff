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
import jakarta.json.JsonObjectBuilder;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What /api/offers and /api/needs share: a filtered page, publishing (201 with Location),
 * reading, editing with the version, closing and the revisions. Each subclass names its
 * kind and adds its matches. Public on purpose: for the public methods of a package-private
 * superclass the compiler adds bridge methods to each subclass, and JAX-RS skips bridges, so
 * the inherited resource methods would not be found.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ListingResource<T extends Listing> {

    @Inject
    CurrentAccount me;

    @Inject
    ListingRepository listings;

    @Inject
    Catalogue catalogue;

    @Inject
    AccountRepository accounts;

    @Inject
    Matching matching;

    @Context
    UriInfo uri;

    /** "offer" or "need": the revisions' kind, the path ("offers") and the messages. */
    abstract String kind();

    abstract ListingQuery query(Catalogue.Snapshot lists, String category, String country, String certification, String status,
                                String page, String size);

    abstract ResultPage<T> page(ListingQuery query);

    abstract Optional<T> find(long id);

    abstract T publish(JsonValue body, Account caller);

    abstract T edit(long id, JsonValue body, Account caller);

    abstract T close(long id, Account caller);

    abstract JsonObjectBuilder json(T listing, Catalogue.Snapshot lists, Map<Long, Account> owners);

    @GET
    public JsonObject list(@QueryParam("category") String category, @QueryParam("country") String country,
                           @QueryParam("certification") String certification, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Catalogue.Snapshot lists = catalogue.now();
        ResultPage<T> found = page(query(lists, category, country, certification, status, page, size));
        return Jsons.object().add("total", found.total()).add("page", found.page()).add("size", found.size())
                .add("items", items(found.items(), lists)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(JsonValue body) {
        T listing = publish(body, me.require());
        return Response.created(uri.getBaseUriBuilder().path(kind() + "s").path(Long.toString(listing.getId())).build())
                .entity(json(listing)).build();
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
        return json(edit(PathIds.of(id, kind()), body, caller));
    }

    /** Closes the listing: it stays readable, with its thread, conversations and pledges. */
    @DELETE
    @Path("{id}")
    public JsonObject close(@PathParam("id") String id) {
        Account caller = me.require();
        return json(close(PathIds.of(id, kind()), caller));
    }

    /** The earlier versions, newest first: what each edit replaced, who made it and when. */
    @GET
    @Path("{id}/revisions")
    public JsonObject revisions(@PathParam("id") String id) {
        T current = find(id);
        List<ListingRevision> revisions = listings.revisions(kind(), current.getId());
        Set<Long> editors = new HashSet<>();
        revisions.forEach(r -> editors.add(r.getEditorId()));
        return ListingJson.revisions(current.getId(), revisions, accounts.byIds(editors)).build();
    }

    /** The listing, if the caller may see it: hidden or awaiting approval, only its owner and moderators do. */
    T find(String id) {
        Account viewer = me.get().orElse(null);
        return find(PathIds.of(id, kind())).filter(l -> l.isVisibleTo(viewer))
                .orElseThrow(() -> new NotFound("No such " + kind()));
    }

    /** The listings as JSON, their owners read in one query. */
    JsonArrayBuilder items(Collection<T> found, Catalogue.Snapshot lists) {
        Map<Long, Account> byId = accounts.byIds(Listing.ownerIds(found));
        JsonArrayBuilder items = Jsons.array();
        found.forEach(l -> items.add(json(l, lists, byId)));
        return items;
    }

    private JsonObject json(T listing) {
        return json(listing, catalogue.now(), accounts.byIds(Set.of(listing.getOwnerId()))).build();
    }
}

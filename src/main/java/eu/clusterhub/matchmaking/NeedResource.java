package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** /api/needs: what organisations need; list, publish, read, edit (with version), close, and the offers that can serve it. */
@Path("needs")
public class NeedResource extends ListingResource<Need> {

    @Inject
    private NeedService service;

    @Override
    String kind() {
        return "need";
    }

    @Override
    ListingQuery query(Catalogue.Snapshot lists, String category, String country, String certification, String status,
                       String page, String size) {
        return ListingQuery.needs(lists, category, country, certification, status, page, size);
    }

    @Override
    ResultPage<Need> page(ListingQuery query) {
        return listings.needs(query.filter(), query.paging().page(), query.paging().size());
    }

    @Override
    Optional<Need> find(long id) {
        return listings.need(id);
    }

    @Override
    Need publish(JsonValue body, Account caller) {
        return service.publish(ListingDrafts.need(body), caller);
    }

    @Override
    Need edit(long id, JsonValue body, Account caller) {
        return service.edit(id, ListingDrafts.version(body), ListingDrafts.need(body), caller);
    }

    @Override
    Need close(long id, Account caller) {
        return service.close(id, caller);
    }

    @Override
    JsonObjectBuilder json(Need need, Catalogue.Snapshot lists, Map<Long, Account> owners) {
        return ListingJson.need(need, lists, owners);
    }

    /** The offers that can serve the need, ranked, with the fewest offers that together cover it. */
    @GET
    @Path("{id}/matches")
    public JsonObject matches(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size, ListingQuery.DEFAULT_SIZE, ListingQuery.MAX_SIZE);
        Matching.NeedMatches found = matching.forNeed(find(id).getId(), OfferService.today()); // find: 404 for a hidden or held need
        Set<Long> shown = new HashSet<>();
        MatchJson.pageOf(found.matches(), paging).forEach(m -> shown.add(m.listingId()));
        found.combination().offers().forEach(m -> shown.add(m.listingId()));
        Map<Long, Offer> offers = new HashMap<>();
        listings.offers(shown).forEach(o -> offers.put(o.getId(), o));
        Map<Long, Account> byId = accounts.byIds(Listing.ownerIds(offers.values()));
        Catalogue.Snapshot lists = catalogue.now();
        return Jsons.object().add("need", found.need().getId()).add("demanded", found.demanded())
                .add("total", found.matches().size()).add("page", paging.page()).add("size", paging.size())
                .add("items", MatchJson.page(found.matches(), paging, "offer", offers, o -> ListingJson.offer(o, lists, byId)))
                .add("combination", MatchJson.combination(found.combination(), offers)).build();
    }
}

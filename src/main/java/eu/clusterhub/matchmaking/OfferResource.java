package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.rest.JsonInput;
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

/** /api/offers: production capacity on offer; list, publish, read, edit (with version), close, and the needs it can serve. */
@Path("offers")
public class OfferResource extends ListingResource<Offer> {

    @Inject
    private OfferService service;

    @Override
    String kind() {
        return "offer";
    }

    @Override
    ListingQuery query(Catalogue.Snapshot lists, String category, String country, String certification, String status,
                       String page, String size) {
        return ListingQuery.offers(lists, category, country, certification, status, page, size);
    }

    @Override
    ResultPage<Offer> page(ListingQuery query) {
        return listings.offers(query.filter(), query.paging().page(), query.paging().size());
    }

    @Override
    Optional<Offer> find(long id) {
        return listings.offer(id);
    }

    @Override
    Offer publish(JsonValue body, Account caller) {
        return service.publish(ListingDrafts.offer(body), caller);
    }

    @Override
    Offer edit(long id, JsonValue body, Account caller) {
        return service.edit(id, ListingDrafts.version(body), ListingDrafts.offer(body), JsonInput.of(body).text("status"), caller);
    }

    @Override
    Offer close(long id, Account caller) {
        return service.close(id, caller);
    }

    @Override
    JsonObjectBuilder json(Offer offer, Catalogue.Snapshot lists, Map<Long, Account> owners) {
        return ListingJson.offer(offer, lists, owners);
    }

    /** The active needs the offer can serve, ranked. */
    @GET
    @Path("{id}/matches")
    public JsonObject matches(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size, ListingQuery.DEFAULT_SIZE, ListingQuery.MAX_SIZE);
        Matching.OfferMatches found = matching.forOffer(find(id).getId(), OfferService.today()); // find: 404 for a hidden or held offer
        Set<Long> shown = new HashSet<>();
        MatchJson.pageOf(found.matches(), paging).forEach(m -> shown.add(m.listingId()));
        Map<Long, Need> needs = new HashMap<>();
        listings.needs(shown).forEach(n -> needs.put(n.getId(), n));
        Map<Long, Account> byId = accounts.byIds(Listing.ownerIds(needs.values()));
        Catalogue.Snapshot lists = catalogue.now();
        return Jsons.object().add("offer", found.offer().getId())
                .add("total", found.matches().size()).add("page", paging.page()).add("size", paging.size())
                .add("items", MatchJson.page(found.matches(), paging, "need", needs, n -> ListingJson.need(n, lists, byId))).build();
    }
}

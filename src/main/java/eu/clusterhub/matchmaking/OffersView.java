package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /offers: open offers of production capacity, filterable by category, country served and certification. */
@Named
@RequestScoped
public class OffersView extends ListingListView<Offer> {

    @Inject
    private ListingRepository listings;

    @Override
    ListingQuery query(String category, String country, String certification, String status, String page) {
        return ListingQuery.offers(lists, category, country, certification, status, page, null);
    }

    @Override
    ResultPage<Offer> find(ListingQuery query) {
        return listings.offers(query.filter(), query.paging().page(), query.paging().size());
    }

    /** The page where a member follows new offers like these (notification's /watch). */
    public String getWatchLink() {
        return "/watch?type=matchmaking&filter=" + java.net.URLEncoder.encode(watchFilter("offer"), java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<String> facts(Offer offer) {
        return new ListingFacts(lists).of(offer);
    }
}

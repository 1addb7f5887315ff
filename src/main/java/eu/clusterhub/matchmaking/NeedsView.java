package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /needs: needs still looking for offers, filterable by category, delivery country and certification. */
@Named
@RequestScoped
public class NeedsView extends ListingListView<Need> {

    @Inject
    private ListingRepository listings;

    @Override
    ListingQuery query(String category, String country, String certification, String status, String page) {
        return ListingQuery.needs(lists, category, country, certification, status, page, null);
    }

    @Override
    ResultPage<Need> find(ListingQuery query) {
        return listings.needs(query.filter(), query.paging().page(), query.paging().size());
    }

    /** The page where a member follows new needs like these (notification's /watch). */
    public String getWatchLink() {
        return "/watch?type=matchmaking&filter=" + java.net.URLEncoder.encode(watchFilter("need"), java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<String> facts(Need need) {
        return new ListingFacts(lists).of(need);
    }
}

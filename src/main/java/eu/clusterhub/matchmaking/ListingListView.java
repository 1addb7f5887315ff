package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * What the lists of offers and of needs share: filters by category, country and
 * certification in the query string (bookmarkable), a page of listings with their owners
 * read in one query, and the facts each row shows.
 */
abstract class ListingListView<T extends Listing> {

    @Inject
    AccountRepository accounts;

    @Inject
    Catalogue catalogue;

    private ResultPage<T> page;
    private Map<Long, Account> owners = Map.of();
    private String problem;
    Catalogue.Snapshot lists;

    abstract ListingQuery query(String category, String country, String certification, String status, String page);

    abstract ResultPage<T> find(ListingQuery query);

    public ResultPage<T> getPage() {
        if (page == null) {
            lists = catalogue.now();
            try {
                page = find(query(QueryParameter.text("category"), QueryParameter.text("country"),
                        QueryParameter.text("certification"), QueryParameter.text("status"), QueryParameter.text("page")));
            } catch (ValidationFailed e) {
                problem = e.errors().get(0).message();
                page = find(query(null, null, null, null, null));
            }
            owners = accounts.byIds(Listing.ownerIds(page.items()));
        }
        return page;
    }

    public Account owner(T listing) {
        return owners.get(listing.getOwnerId());
    }

    public String getProblem() {
        getPage();
        return problem;
    }

    public List<ProductCategory> getCategories() {
        return catalogue.now().categories();
    }

    public List<Certification> getCertifications() {
        return catalogue.now().certifications();
    }

    public Map<String, String> getCountries() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Countries.euAndEea().stream().sorted(java.util.Comparator.comparing(Countries::name)).forEach(c -> names.put(c, Countries.name(c)));
        return names;
    }

    public String getCategory() { return QueryParameter.text("category"); }
    public String getCountry() { return QueryParameter.text("country"); }
    public String getCertification() { return QueryParameter.text("certification"); }

    /** The filters as a matchmaking watch takes them ("category=masks&country=IT&kind=need"). */
    String watchFilter(String kind) {
        StringBuilder filter = new StringBuilder();
        for (String name : List.of("category", "country")) {
            String value = QueryParameter.text(name);
            if (value != null && value.matches("[A-Za-z0-9-]{1,64}")) {
                filter.append(name).append('=').append("country".equals(name) ? value.toUpperCase(java.util.Locale.ROOT) : value).append('&');
            }
        }
        return filter.append("kind=").append(kind).toString();
    }

    /** The query string of another page of this list, keeping the filters. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("?page=").append(number);
        for (String name : List.of("category", "country", "certification", "status")) {
            String value = QueryParameter.text(name);
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

}

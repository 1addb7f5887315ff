package eu.clusterhub.search;

import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /search: the results of the box's query with snippets, facets that narrow the results
 * (and undo), sort and paging, all in the URL so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class SearchView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final List<String> KEPT = List.of("q", "kind", "board", "type", "country", "tag", "category", "certification",
            "from", "to", "sort");
    private static final List<String> TYPED = List.of("kind", "board", "type", "country", "tag", "category", "certification");

    /**
     * One value of a facet: what the page shows for it (a country's, category's or
     * certification's name), its count ("≈" when estimated), whether it is the active filter,
     * and the URL that toggles it.
     */
    public record FacetValue(String value, String label, String count, boolean active, String url) {
        public String getValue() { return value; }
        public String getLabel() { return label; }
        public String getCount() { return count; }
        public boolean isActive() { return active; }
        public String getUrl() { return url; }
    }

    /** A facet with its values, most frequent first. */
    public record Facet(String name, List<FacetValue> values) {
        public String getName() { return name; }
        public List<FacetValue> getValues() { return values; }
    }

    @Inject
    private SearchService service;

    @Inject
    private FacetLabels labels;

    private SearchRequest request;
    private SearchService.Result result;
    private String problem;

    public SearchService.Result getResult() {
        if (result == null && problem == null) {
            try {
                request = SearchRequest.parse(params()::get);
                result = service.search(request);
            } catch (ValidationFailed e) {
                problem = e.errors().get(0).field() + ": " + e.errors().get(0).message();
            }
        }
        return result;
    }

    public String getProblem() {
        getResult();
        return problem;
    }

    public String getQuery() {
        return params().getOrDefault("q", "");
    }

    /** The search as a saved search watch takes it: the words with the chosen filters typed in ("valves country:IT"). */
    public String getWatchFilter() {
        if (getResult() == null) {
            return "";
        }
        StringBuilder query = new StringBuilder(request.words() == null ? "" : request.words());
        request.filters().forEach((name, value) -> query.append(query.isEmpty() ? "" : " ").append(name).append(':')
                .append(value.contains(" ") ? "\"" + value + "\"" : value));
        return query.toString().strip();
    }

    /** The page where a member follows this search (notification's /watch). */
    public String getWatchLink() {
        return "/watch?type=search&filter=" + java.net.URLEncoder.encode(getWatchFilter(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isNewest() {
        return "newest".equals(params().get("sort"));
    }

    /** Whether filters (typed or chosen) or dates narrowed this search. */
    public boolean isFiltered() {
        return getResult() != null && (!request.filters().isEmpty() || request.from() != null || request.to() != null);
    }

    public String getTotalText() {
        SearchService.Result r = getResult();
        if (r == null) {
            return "";
        }
        String count = r.totalExact() ? Long.toString(r.total()) : "≈ " + r.total();
        return count + (r.total() == 1 ? " result" : " results");
    }

    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        if (getResult() == null) {
            return facets;
        }
        String active;
        for (var facet : result.facets().entrySet()) {
            if (facet.getKey().equals("date")) {
                facets.add(dateFacet(facet.getValue()));
                continue;
            }
            active = request.filters().get(facet.getKey());
            List<FacetValue> values = new ArrayList<>();
            for (var value : facet.getValue().entrySet()) {
                boolean on = value.getKey().equals(active);
                values.add(new FacetValue(value.getKey(), labels.label(facet.getKey(), value.getKey()), count(value.getValue()), on,
                        url(facet.getKey(), on ? null : value.getKey(), 1)));
            }
            if (!values.isEmpty()) {
                facets.add(new Facet(facet.getKey(), values));
            }
        }
        return facets;
    }

    private String count(long count) {
        return result.totalExact() ? Long.toString(count) : "≈ " + count;
    }

    /** Date buckets narrow with from= (or to= for older results); following the active one removes it. */
    private Facet dateFacet(Map<String, Long> counts) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<FacetValue> values = new ArrayList<>();
        for (var count : counts.entrySet()) {
            DateBucket bucket = DateBucket.valueOf(count.getKey().toUpperCase(Locale.ROOT));
            boolean older = bucket == DateBucket.OLDER;
            LocalDate bound = older ? bucket.boundary(today).minusDays(1) : bucket.boundary(today);
            boolean on = bound.equals(older ? request.to() : request.from());
            String url = url(older ? "to" : "from", on ? null : bound.toString(), 1);
            values.add(new FacetValue(bucket.label(), bucket.label(), count(count.getValue()), on, url));
        }
        return new Facet("date", values);
    }

    public String date(SearchService.Hit hit) {
        return DATE.format(hit.createdAt());
    }

    public String getNextUrl() {
        return getResult() != null && request.page() * request.size() < result.total()
                && (request.page() + 1) * request.size() <= SearchRequest.MAX_DEPTH ? url(null, null, request.page() + 1) : null;
    }

    public String getPreviousUrl() {
        return getResult() != null && request.page() > 1 ? url(null, null, request.page() - 1) : null;
    }

    public String getClearFiltersUrl() {
        return url("clear", null, 1);
    }

    /** This search's URL with one filter set (or removed, value null), on a page. */
    private String url(String filter, String value, int page) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT) {
            String current = params().get(name);
            if (current != null && !current.isBlank() && ("clear".equals(filter) ? name.equals("q") || name.equals("sort") : true)) {
                kept.put(name, current);
            }
        }
        if ("clear".equals(filter)) {
            kept.computeIfPresent("q", (k, q) -> q.replaceAll(SearchRequest.TYPED, "").strip());
        } else if (filter != null) {
            if (value == null) {
                kept.remove(filter);
            }
            if (value == null && TYPED.contains(filter)) {
                // a filter typed into the box is taken out of the box too
                kept.computeIfPresent("q", (k, q) -> q.replaceAll("(?<![\\S])" + filter + ":(\"[^\"]*\"|\\S+)", "").strip());
            } else if (value != null) {
                kept.put(filter, value);
            }
        }
        if (page > 1) {
            kept.put("page", Integer.toString(page));
        }
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/search");
        String separator = "?";
        for (var entry : kept.entrySet()) {
            url.append(separator).append(entry.getKey()).append('=').append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return url.toString();
    }

    private static Map<String, String> params() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}

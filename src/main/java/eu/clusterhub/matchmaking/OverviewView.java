package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /matchmaking: the overview for authorities. The filters (category, country) are the query
 * string, so every view of it can be bookmarked and shared; the chart and the table show
 * the same figures (the table is the chart's text alternative).
 */
@Named
@RequestScoped
public class OverviewView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    /** An option of a filter's select box. */
    public record Option(String value, String label, boolean selected) {
    }

    @Inject
    private OverviewService service;

    @Inject
    private CurrentAccount me;

    @Inject
    private Catalogue catalogue;

    private OverviewService.Summary summary;
    private String problem;
    private boolean loaded;

    public OverviewService.Summary getSummary() {
        if (!loaded) {
            loaded = true;
            try {
                summary = service.summary(service.filter(QueryParameter.text("category"), QueryParameter.text("country")));
            } catch (ValidationFailed e) {
                problem = e.errors().get(0).field() + ": " + e.errors().get(0).message();
            }
        }
        return summary;
    }

    public String getProblem() {
        getSummary();
        return problem;
    }

    /** The heading's subject: all categories, or the chosen one. */
    public String getScope() {
        ProductCategory chosen = getSummary() == null ? null : summary.filter().category();
        String country = getSummary() == null ? null : summary.filter().country();
        return (chosen == null ? "All categories" : chosen.getName()) + (country == null ? ", all EU/EEA countries" : ", " + Countries.name(country));
    }

    /** The categories below "All categories" (written in the page: an empty value attribute is not rendered from EL). */
    public List<Option> getCategories() {
        String chosen = getSummary() == null || summary.filter().category() == null ? "" : summary.filter().category().getSlug();
        List<Option> options = new ArrayList<>();
        for (ProductCategory c : catalogue.now().categories()) {
            options.add(new Option(c.getSlug(), "\u00a0\u00a0".repeat(c.getDepth() - 1) + c.getName(), c.getSlug().equals(chosen)));
        }
        return options;
    }

    /** The countries below "All EU/EEA countries". */
    public List<Option> getCountries() {
        String chosen = getSummary() == null || summary.filter().country() == null ? "" : summary.filter().country();
        List<Option> options = new ArrayList<>();
        for (String code : Countries.euAndEea()) {
            options.add(new Option(code, Countries.name(code), code.equals(chosen)));
        }
        return options;
    }

    public boolean isAnyCategory() {
        return getSummary() == null || summary.filter().category() == null;
    }

    public boolean isAnyCountry() {
        return getSummary() == null || summary.filter().country() == null;
    }

    /** The chart's configuration (Chart.js, as PrimeFaces' p:chart takes it): need against capacity per category. */
    public String getChart() {
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder need = Jsons.array();
        JsonArrayBuilder capacity = Jsons.array();
        if (getSummary() != null) {
            for (OverviewService.Total total : summary.totals()) {
                labels.add(total.category().getName() + " (" + total.unit().code() + ")");
                need.add(total.need());
                capacity.add(total.capacity());
            }
        }
        return Jsons.object().add("type", "bar")
                .add("data", Jsons.object().add("labels", labels).add("datasets", Jsons.array()
                        .add(Jsons.object().add("label", "Open need").add("data", need).add("backgroundColor", "#b3261e"))
                        .add(Jsons.object().add("label", "Capacity per week").add("data", capacity).add("backgroundColor", "#1b6e3a"))))
                .add("options", Jsons.object().add("responsive", true)
                        .add("scales", Jsons.object().add("y", Jsons.object().add("beginAtZero", true))))
                .build().toString();
    }

    /** The query string of the current filter ("" or "?category=…&amp;country=…"), for the export links. */
    public String getFilterQuery() {
        if (getSummary() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (summary.filter().category() != null) {
            parts.add("category=" + encode(summary.filter().category().getSlug()));
        }
        if (summary.filter().country() != null) {
            parts.add("country=" + encode(summary.filter().country()));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The overview narrowed to a category (its children then), keeping the country. */
    public String narrowQuery(ProductCategory category) {
        String country = getSummary() == null ? null : summary.filter().country();
        return "?category=" + encode(category.getSlug()) + (country == null ? "" : "&country=" + encode(country));
    }

    /** Whether a category of a row has categories below it to narrow to. */
    public boolean hasChildren(ProductCategory category) {
        return catalogue.now().categories().stream().anyMatch(c -> c.getParent() != null && c.getParent().getId().equals(category.getId()));
    }

    /** The level above the chosen category: its parent, or all categories. */
    public String getUpQuery() {
        ProductCategory chosen = getSummary() == null ? null : summary.filter().category();
        if (chosen == null) {
            return null;
        }
        String country = summary.filter().country();
        List<String> parts = new ArrayList<>();
        if (chosen.getParent() != null) {
            parts.add("category=" + encode(catalogue.now().category(chosen.getParent().getId()).getSlug()));
        }
        if (country != null) {
            parts.add("country=" + encode(country));
        }
        return parts.isEmpty() ? "?" : "?" + String.join("&", parts);
    }

    public boolean isMayExport() {
        return service.mayExport(me.getAccount());
    }

    public String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    public String country(String code) {
        return Countries.name(code);
    }

    /** When the figures shown were read from the database, e.g. "14:05:09 UTC". */
    public String getAsOf() {
        return getSummary() == null ? "" : TIME.format(summary.asOf().atOffset(java.time.ZoneOffset.UTC)) + " UTC";
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

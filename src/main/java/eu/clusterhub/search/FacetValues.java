package eu.clusterhub.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a text as values of one field ("kind=post", "board=funding", "type=OFFER",
 * "country=IT", "category=masks", "certification=en-149"), so one terms aggregation counts them all in a single pass over the matches
 * instead of one pass per facet. Few distinct values on purpose: every search maps each
 * segment's values to global ones. The date facet is a range aggregation ({@link DateBucket}).
 */
final class FacetValues {

    static final String FIELD = "facets";
    static final List<String> NAMES = List.of("kind", "board", "type", "country", "category", "certification");
    /**
     * Distinct values counted at most: kinds, boards, types and countries are a few dozen,
     * categories and certifications of listings a few dozen more (managed lists).
     */
    static final int MAX_VALUES = 500;
    /** Values shown per facet, most frequent first. */
    static final int SHOWN = 20;

    private FacetValues() {
    }

    static List<String> of(String kind, String board, String type, String country) {
        return of(kind, board, type, country == null ? List.of() : List.of(country), List.of(), List.of());
    }

    /** A listing's facets: several countries, categories (with their ancestors) and certifications, each value once. */
    static List<String> of(String kind, String board, String type, List<String> countries, List<String> categories,
                           List<String> certifications) {
        List<String> values = new ArrayList<>(3 + countries.size() + categories.size() + certifications.size());
        add(values, "kind", kind);
        add(values, "board", board);
        add(values, "type", type);
        countries.stream().distinct().forEach(country -> add(values, "country", country));
        categories.stream().distinct().forEach(category -> add(values, "category", category));
        certifications.stream().distinct().forEach(certification -> add(values, "certification", certification));
        return values;
    }

    private static void add(List<String> values, String name, String value) {
        if (value != null) {
            values.add(name + "=" + value);
        }
    }

    /**
     * The counts by facet (kind, board, type, country, category, certification), each most frequent first, and the
     * date buckets; counts from a sample are multiplied by {@code scale}.
     */
    static Map<String, Map<String, Long>> counts(Map<String, Long> byValue, Map<String, Long> dates, int scale) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        NAMES.forEach(name -> facets.put(name, new LinkedHashMap<>()));
        byValue.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> {
            int equals = entry.getKey().indexOf('=');
            String name = entry.getKey().substring(0, equals);
            if (facets.containsKey(name) && facets.get(name).size() < SHOWN) {
                facets.get(name).put(entry.getKey().substring(equals + 1), estimate(entry.getValue(), scale));
            }
        });
        Map<String, Long> scaled = new LinkedHashMap<>(dates);
        scaled.replaceAll((bucket, count) -> estimate(count, scale));
        facets.put("date", scaled);
        return facets;
    }

    /** A count from a sample scaled up, to two significant digits (no false precision). */
    static long estimate(long sampled, int scale) {
        long count = sampled * scale;
        if (scale == 1 || count < 100) {
            return count;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(count)) - 1);
        return Math.round(Math.round(count / unit) * unit);
    }
}

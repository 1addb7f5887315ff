package eu.clusterhub.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All facets of a text as values of one field ("kind=post", "board=funding", "type=OFFER",
 * "country=IT", "day=2026-11-20"), so one terms aggregation counts every facet in a single
 * pass over the matches instead of one pass per facet. The date facet is summed from the
 * days, since "past week" moves every day.
 */
final class FacetValues {

    static final String FIELD = "facets";
    static final List<String> NAMES = List.of("kind", "board", "type", "country");
    /** Distinct values counted at most: the other facets' few dozen values and up to ten years of days. */
    static final int MAX_VALUES = 4000;
    /** Values shown per facet, most frequent first. */
    static final int SHOWN = 20;

    private FacetValues() {
    }

    static List<String> of(String kind, String board, String type, String country, LocalDateTime createdAt) {
        List<String> values = new ArrayList<>(5);
        add(values, "kind", kind);
        add(values, "board", board);
        add(values, "type", type);
        add(values, "country", country);
        add(values, "day", createdAt == null ? null : createdAt.toLocalDate().toString());
        return values;
    }

    private static void add(List<String> values, String name, String value) {
        if (value != null) {
            values.add(name + "=" + value);
        }
    }

    /**
     * The counts by facet (kind, board, type, country, date), each most frequent first;
     * counts from a sample are multiplied by {@code scale}.
     */
    static Map<String, Map<String, Long>> counts(Map<String, Long> byValue, LocalDate today, int scale) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        NAMES.forEach(name -> facets.put(name, new LinkedHashMap<>()));
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        byValue.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> {
            int equals = entry.getKey().indexOf('=');
            String name = entry.getKey().substring(0, equals);
            String value = entry.getKey().substring(equals + 1);
            if (name.equals("day")) {
                days.put(LocalDate.parse(value), entry.getValue());
            } else if (facets.containsKey(name) && facets.get(name).size() < SHOWN) {
                facets.get(name).put(value, estimate(entry.getValue(), scale));
            }
        });
        Map<String, Long> dates = DateBucket.counts(days, today);
        dates.replaceAll((bucket, count) -> estimate(count, scale));
        facets.put("date", dates);
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

package eu.clusterhub.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The date facet: how many results were written in the last week, month and year, and
 * before that. The buckets overlap on purpose (a post of yesterday is also of this month),
 * as readers narrow by "how recent"; each is the filter from=... (or to=... for older).
 */
public enum DateBucket {

    WEEK("past week", 7), MONTH("past month", 30), YEAR("past year", 365), OLDER("older", 365);

    private final String label;
    private final int days;

    DateBucket(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** The first day of the bucket (for "older": the day it ends before). */
    public LocalDate boundary(LocalDate today) {
        return today.minusDays(days);
    }

    /** Counts per bucket name (lower case), from counts per day; empty buckets left out. */
    static Map<String, Long> counts(Map<LocalDate, Long> byDay, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DateBucket bucket : values()) {
            LocalDate boundary = bucket.boundary(today);
            long count = byDay.entrySet().stream()
                    .filter(day -> bucket == OLDER ? day.getKey().isBefore(boundary) : !day.getKey().isBefore(boundary))
                    .mapToLong(Map.Entry::getValue).sum();
            if (count > 0) {
                counts.put(bucket.name().toLowerCase(), count);
            }
        }
        return counts;
    }
}

package eu.clusterhub.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.util.common.data.Range;

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

    static List<Range<LocalDateTime>> ranges(LocalDate today) {
        return List.of(Range.atLeast(WEEK.boundary(today).atStartOfDay()), Range.atLeast(MONTH.boundary(today).atStartOfDay()),
                Range.atLeast(YEAR.boundary(today).atStartOfDay()), Range.lessThan(OLDER.boundary(today).atStartOfDay()));
    }

    /** The aggregation's counts, in the order of the ranges, by bucket name (lower case). */
    static Map<String, Long> counts(Map<Range<LocalDateTime>, Long> byRange) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Iterator<DateBucket> buckets = List.of(values()).iterator();
        byRange.values().forEach(count -> counts.put(buckets.next().name().toLowerCase(), count));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }
}

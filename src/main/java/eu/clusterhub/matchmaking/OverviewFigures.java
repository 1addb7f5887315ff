package eu.clusterhub.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The arithmetic of the overview for authorities, apart from the database: sums of open
 * need and weekly capacity as the queries return them (per category, country and unit)
 * folded into the categories of the level shown, then compared.
 *
 * <p>An offer for all of the EU/EEA arrives once per category, not once per country, and is
 * added to the capacity of every country's row; in a total over all countries every offer
 * counts once. Quantities of different units are never added: a unit is part of every key.
 */
final class OverviewFigures {

    /** Open need of active needs of one category, delivery country and unit: sum of quantity − pledged. */
    record NeedSum(long categoryId, String country, Unit unit, long remaining, long needs) {
    }

    /**
     * Weekly capacity of open, valid offers of one category and unit. {@code country} null:
     * offers serving every EU/EEA country (or, in {@link #totals}, a sum of distinct offers).
     */
    record CapacitySum(long categoryId, String country, Unit unit, long capacity, long offers) {
    }

    /** One row of the table: a category of the level shown, in one country, in one unit. */
    record Row(long categoryId, String country, Unit unit, long need, long capacity, long needs, long offers) {

        /** Positive: shortage; negative: more capacity a week than open need. */
        long gap() {
            return need - capacity;
        }
    }

    /** A category of the level shown over every country of the filter, in one unit: what the chart shows. */
    record Total(long categoryId, Unit unit, long need, long capacity) {

        long gap() {
            return need - capacity;
        }
    }

    private record Key(long categoryId, String country, Unit unit) {
    }

    private record GroupKey(long categoryId, Unit unit) {
    }

    private OverviewFigures() {
    }

    /**
     * The rows: one per category group, country and unit that has open need or capacity
     * offered for that country in particular; with {@code country} given, also one for every
     * group that only all-EU/EEA offers serve there.
     *
     * @param group           the category of the level shown that a category is counted under
     * @param order           the reading order of the categories (position in the tree)
     * @param needs           open need per category, country and unit
     * @param countryCapacity capacity of offers naming countries, per category, country and unit
     * @param everywhere      capacity of offers for every EU/EEA country, per category and unit (country null)
     * @param country         the country filter, or null
     */
    static List<Row> rows(Function<Long, Long> group, Function<Long, Integer> order, List<NeedSum> needs,
                          List<CapacitySum> countryCapacity, List<CapacitySum> everywhere, String country) {
        Map<Key, long[]> cells = new LinkedHashMap<>();
        for (NeedSum sum : needs) {
            long[] cell = cells.computeIfAbsent(new Key(group.apply(sum.categoryId()), sum.country(), sum.unit()), k -> new long[4]);
            cell[0] += sum.remaining();
            cell[2] += sum.needs();
        }
        for (CapacitySum sum : countryCapacity) {
            long[] cell = cells.computeIfAbsent(new Key(group.apply(sum.categoryId()), sum.country(), sum.unit()), k -> new long[4]);
            cell[1] += sum.capacity();
            cell[3] += sum.offers();
        }
        Map<GroupKey, long[]> shared = new HashMap<>();
        for (CapacitySum sum : everywhere) {
            long[] cell = shared.computeIfAbsent(new GroupKey(group.apply(sum.categoryId()), sum.unit()), k -> new long[2]);
            cell[0] += sum.capacity();
            cell[1] += sum.offers();
        }
        if (country != null) {
            shared.keySet().forEach(k -> cells.computeIfAbsent(new Key(k.categoryId(), country, k.unit()), x -> new long[4]));
        }
        List<Row> rows = new ArrayList<>(cells.size());
        cells.forEach((key, cell) -> {
            long[] all = shared.getOrDefault(new GroupKey(key.categoryId(), key.unit()), new long[2]);
            rows.add(new Row(key.categoryId(), key.country(), key.unit(), cell[0], cell[1] + all[0], cell[2], cell[3] + all[1]));
        });
        rows.sort(Comparator.comparing((Row r) -> order.apply(r.categoryId())).thenComparing(Row::unit)
                .thenComparing(Comparator.comparingLong(Row::gap).reversed()).thenComparing(Row::country));
        return rows;
    }

    /**
     * One total per category group and unit: all open need of the filter's countries against
     * the capacity of the distinct offers serving them ({@code capacity}: per category and
     * unit, every offer once, country ignored).
     */
    static List<Total> totals(Function<Long, Long> group, Function<Long, Integer> order, List<NeedSum> needs,
                              List<CapacitySum> capacity) {
        Map<GroupKey, long[]> cells = new LinkedHashMap<>();
        for (NeedSum sum : needs) {
            cells.computeIfAbsent(new GroupKey(group.apply(sum.categoryId()), sum.unit()), k -> new long[2])[0] += sum.remaining();
        }
        for (CapacitySum sum : capacity) {
            cells.computeIfAbsent(new GroupKey(group.apply(sum.categoryId()), sum.unit()), k -> new long[2])[1] += sum.capacity();
        }
        List<Total> totals = new ArrayList<>(cells.size());
        cells.forEach((key, cell) -> totals.add(new Total(key.categoryId(), key.unit(), cell[0], cell[1])));
        totals.sort(Comparator.comparing((Total t) -> order.apply(t.categoryId())).thenComparing(Total::unit));
        return totals;
    }

    /**
     * Which category of the level shown each category is counted under. Without a chosen
     * category the level is the top one: a category counts under its top-level ancestor.
     * With one, the level is its children: a category counts under the child it lies below,
     * and the chosen category itself (and a leaf chosen alone) under itself.
     *
     * @param parents the parent id of every category id (null for top-level ones)
     * @param chosen  the chosen category, or null
     */
    static Map<Long, Long> groups(Map<Long, Long> parents, Long chosen) {
        Map<Long, Long> groups = new HashMap<>();
        for (Long id : parents.keySet()) {
            Long current = id;
            Set<Long> seen = new LinkedHashSet<>();
            while (current != null && seen.add(current)) {
                Long parent = parents.get(current);
                if (Objects.equals(current, chosen) || Objects.equals(parent, chosen)) {
                    break;
                }
                current = parent;
            }
            if (current != null) {
                groups.put(id, current);
            }
        }
        return groups;
    }
}

package eu.clusterhub.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * When no single offer covers a need: the fewest offers that together do. Taking the offers
 * that cover most first is not a heuristic here: for reaching a sum with as few parts as
 * possible, no other choice of k offers covers more than the k largest, so the first prefix
 * that reaches the need is the smallest set there is. When even all of them fall short, the
 * answer is all of them, with the share they reach.
 *
 * @param offers  the chosen offers, largest contribution first
 * @param covered what they cover together, at most the need
 * @param share   that, as a share of the need
 */
public record OfferCombination<T>(List<T> offers, long covered, double share) {

    public static <T> OfferCombination<T> smallest(List<T> candidates, ToLongFunction<T> coverage, long needed) {
        if (needed <= 0) {
            throw new IllegalArgumentException("a need asks for a positive quantity");
        }
        List<T> byContribution = candidates.stream().filter(c -> coverage.applyAsLong(c) > 0)
                .sorted(Comparator.comparingLong(coverage).reversed()).toList();
        List<T> chosen = new ArrayList<>();
        long sum = 0;
        for (T offer : byContribution) {
            if (sum >= needed) {
                break;
            }
            chosen.add(offer);
            sum += coverage.applyAsLong(offer);
        }
        long covered = Math.min(sum, needed);
        return new OfferCombination<>(List.copyOf(chosen), covered, (double) covered / needed);
    }

    public boolean complete() {
        return share >= 1.0;
    }
}

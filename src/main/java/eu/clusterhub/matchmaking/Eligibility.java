package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether an offer can serve a need, and why, point by point: the same category or one
 * below it, shipping to the need's country, every certification the need requires, and some
 * of the quantity before the deadline ({@link Coverage}). The reasons read as the match
 * shows them ("covers 100% by 12 Dec · EN 149 ✓ · ships to IT · verified"); when the
 * offer cannot serve, they say what is missing.
 */
public final class Eligibility {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** What an offer promises. An empty set of countries means all of the EU/EEA. */
    public record OfferTerms(String category, Coverage.Capacity capacity, Set<String> countries,
                             Set<String> certifications, boolean verified) {
    }

    /** What a need asks for. */
    public record NeedTerms(String category, Coverage.Demand demand, String country, Set<String> certifications) {
    }

    /** The answer: eligible or not, the coverage, and the reasons in the order shown. */
    public record Verdict(boolean eligible, Coverage coverage, List<String> reasons) {
    }

    /** The category tree, as each category's parent (null for a top category). */
    public record Categories(Map<String, String> parents) {

        /** Whether a category is the other one or lies below it. */
        public boolean within(String category, String ancestor) {
            String current = category;
            for (int depth = 0; current != null && depth <= parents.size(); depth++) {
                if (current.equals(ancestor)) {
                    return true;
                }
                current = parents.get(current);
            }
            return false;
        }
    }

    private Eligibility() {
    }

    /**
     * @param certificationName the label of a certification slug, e.g. "EN 149"
     */
    public static Verdict check(OfferTerms offer, NeedTerms need, Categories categories, LocalDate today,
                                Function<String, String> certificationName) {
        List<String> missing = new ArrayList<>();
        if (!categories.within(offer.category(), need.category())) {
            missing.add("another category");
        }
        boolean ships = offer.countries().isEmpty() ? Countries.inEuOrEea(need.country())
                : offer.countries().contains(need.country());
        if (!ships) {
            missing.add("does not ship to " + need.country());
        }
        need.certifications().stream().filter(c -> !offer.certifications().contains(c)).sorted()
                .forEach(c -> missing.add("no " + certificationName.apply(c)));
        Coverage coverage = Coverage.of(offer.capacity(), need.demand(), today);
        if (coverage.belowMinimum()) {
            missing.add(String.format(Locale.ENGLISH, "minimum order %,d is more than the need", offer.capacity().minimumOrder()));
        } else if (coverage.quantity() == 0) {
            missing.add("cannot deliver before " + DAY.format(need.demand().neededBy()));
        }
        if (!missing.isEmpty()) {
            return new Verdict(false, coverage, List.copyOf(missing));
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("covers " + coverage.percent() + "% by "
                + DAY.format(coverage.completeBy().orElse(need.demand().neededBy())));
        need.certifications().stream().sorted().forEach(c -> reasons.add(certificationName.apply(c) + " ✓"));
        reasons.add(offer.countries().isEmpty() ? "ships across the EU/EEA" : "ships to " + need.country());
        if (offer.verified()) {
            reasons.add("verified");
        }
        return new Verdict(true, coverage, List.copyOf(reasons));
    }
}

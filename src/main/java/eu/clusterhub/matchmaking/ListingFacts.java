package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An offer's or need's terms as short lines for a person: "5,000 pieces a week", "EN 149, CE marking". */
public final class ListingFacts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Catalogue.Snapshot lists;

    public ListingFacts(Catalogue.Snapshot lists) {
        this.lists = lists;
    }

    public List<String> of(Offer offer) {
        List<String> facts = new ArrayList<>();
        facts.add(lists.category(offer.getCategoryId()).getName());
        facts.add(String.format(Locale.ENGLISH, "%,d %s a week", offer.getCapacityPerWeek(), offer.getUnit().code()));
        facts.add("First delivery " + (offer.getLeadTimeDays() == 0 ? "at once" : "after " + days(offer.getLeadTimeDays())));
        if (offer.getMinimumOrder() > 0) {
            facts.add(String.format(Locale.ENGLISH, "Minimum order %,d", offer.getMinimumOrder()));
        }
        certifications(offer.getCertificationIds(), facts);
        facts.add(offer.isAllCountries() ? "Ships across the EU/EEA" : "Ships to " + offer.getCountries().stream()
                .map(Countries::name).collect(Collectors.joining(", ")));
        facts.add("Valid until " + DAY.format(offer.getValidUntil()));
        return facts;
    }

    public List<String> of(Need need) {
        List<String> facts = new ArrayList<>();
        facts.add(lists.category(need.getCategoryId()).getName());
        facts.add(String.format(Locale.ENGLISH, "%,d %s", need.getQuantity(), need.getUnit().code()));
        facts.add("Needed by " + DAY.format(need.getNeededBy()));
        facts.add("Delivered to " + Countries.name(need.getCountry()) + (need.getRegion() == null ? "" : " (" + need.getRegion() + ")"));
        certifications(need.getCertificationIds(), facts);
        if (need.getPledged() > 0) {
            facts.add(String.format(Locale.ENGLISH, "%d%% pledged (%,d of %,d)", need.getCoveredPercent(), need.getPledged(),
                    need.getQuantity()));
        }
        return facts;
    }

    private void certifications(java.util.Set<Long> ids, List<String> facts) {
        List<Certification> held = lists.certifications(ids);
        if (!held.isEmpty()) {
            facts.add(held.stream().map(Certification::getName).collect(Collectors.joining(", ")));
        }
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.NotFound;
import eu.clusterhub.search.SimilarListings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for a need, the offers that can serve it, and for an offer, the needs it can serve,
 * ranked. The rules decide whether a pair matches ({@link MatchCandidates} in the database,
 * {@link Eligibility} in words); the rank weighs how much of the need the offer covers
 * before the deadline most, then a verified organisation, then how close the texts are
 * (from the search index, for the candidates only, relative to the closest of them: texts
 * in one language meet through their stems, texts in two languages through the category,
 * which decides the match anyway).
 */
@ApplicationScoped
public class Matching {

    static final double COVERAGE_WEIGHT = 0.6;
    static final double VERIFIED_WEIGHT = 0.15;
    static final double TEXT_WEIGHT = 0.25;
    /** Above this share of the best text score, the match says the descriptions are alike. */
    static final double SIMILAR_TEXT = 0.5;

    @Inject
    private ListingRepository listings;

    @Inject
    private MatchCandidates candidates;

    @Inject
    private Catalogue catalogue;

    @Inject
    private SimilarListings similar;

    /** One ranked match: the other listing's id, its score (0 to 1), what it covers and why. */
    public record Match(long listingId, double score, Coverage coverage, List<String> reasons) {
    }

    /** The matches of a need, best first, and the fewest offers that together cover it. */
    public record NeedMatches(Need need, long demanded, List<Match> matches, OfferCombination<Match> combination) {
    }

    /** The matches of an offer, best first. */
    public record OfferMatches(Offer offer, List<Match> matches) {
    }

    public NeedMatches forNeed(long needId, LocalDate today) {
        Need need = listings.need(needId).orElseThrow(() -> new NotFound("No such need"));
        // what is still missing; a covered need shows what would have covered all of it
        long demanded = need.getRemaining() > 0 ? need.getRemaining() : need.getQuantity();
        if (!need.getStatus().isActive() && need.getStatus() != NeedStatus.COVERED) {
            return new NeedMatches(need, demanded, List.of(), OfferCombination.smallest(List.of(), m -> 0, demanded));
        }
        Catalogue.Snapshot lists = catalogue.now();
        ProductCategory category = lists.category(need.getCategoryId());
        List<MatchCandidates.OfferRow> rows = candidates.offersFor(need, demanded, lists.withDescendants(category.getId()), today);
        Map<Long, Float> text = similar.among("offer", rows.stream().map(MatchCandidates.OfferRow::id).toList(),
                need.getLanguage(), need.getTitle() + "\n" + need.getDescriptionMarkdown());
        float bestText = best(text);
        Eligibility.NeedTerms terms = new Eligibility.NeedTerms(category.getSlug(), new Coverage.Demand(demanded, need.getNeededBy()),
                need.getCountry(), slugs(lists, need.getCertificationIds()));
        List<Match> matches = new ArrayList<>();
        for (MatchCandidates.OfferRow row : rows) {
            Eligibility.OfferTerms offer = new Eligibility.OfferTerms(lists.category(row.categoryId()).getSlug(),
                    new Coverage.Capacity(row.perWeek(), row.leadTimeDays(), row.minimumOrder()),
                    row.allCountries() ? Set.of() : Set.of(need.getCountry()), terms.certifications(), row.verified());
            Eligibility.Verdict verdict = Eligibility.check(offer, terms, lists.tree(), today, lists.certificationName());
            if (verdict.eligible()) {
                matches.add(match(row.id(), verdict, row.verified(), text.getOrDefault(row.id(), 0f), bestText));
            }
        }
        matches.sort(RANKING);
        return new NeedMatches(need, demanded, matches, OfferCombination.smallest(matches, m -> m.coverage().quantity(), demanded));
    }

    public OfferMatches forOffer(long offerId, LocalDate today) {
        Offer offer = listings.offer(offerId).orElseThrow(() -> new NotFound("No such offer"));
        if (!offer.isMatchable(today)) {
            return new OfferMatches(offer, List.of());
        }
        Catalogue.Snapshot lists = catalogue.now();
        ProductCategory category = lists.category(offer.getCategoryId());
        List<MatchCandidates.NeedRow> rows = candidates.needsFor(offer, lists.withAncestors(category.getId()), today);
        Map<Long, Float> text = similar.among("need", rows.stream().map(MatchCandidates.NeedRow::id).toList(),
                offer.getLanguage(), offer.getTitle() + "\n" + offer.getDescriptionMarkdown());
        float bestText = best(text);
        Set<String> held = slugs(lists, offer.getCertificationIds());
        List<Match> matches = new ArrayList<>();
        for (MatchCandidates.NeedRow row : rows) {
            Eligibility.OfferTerms terms = new Eligibility.OfferTerms(category.getSlug(),
                    new Coverage.Capacity(offer.getCapacityPerWeek(), offer.getLeadTimeDays(), offer.getMinimumOrder()),
                    offer.isAllCountries() ? Set.of() : offer.getCountries(), held, row.verified());
            Eligibility.NeedTerms need = new Eligibility.NeedTerms(lists.category(row.categoryId()).getSlug(),
                    new Coverage.Demand(row.remaining(), row.neededBy()), row.country(), slugs(lists, row.certificationIds()));
            Eligibility.Verdict verdict = Eligibility.check(terms, need, lists.tree(), today, lists.certificationName());
            if (verdict.eligible()) {
                matches.add(match(row.id(), verdict, row.verified(), text.getOrDefault(row.id(), 0f), bestText));
            }
        }
        matches.sort(RANKING);
        return new OfferMatches(offer, matches);
    }

    private static final Comparator<Match> RANKING = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(Comparator.comparingLong((Match m) -> m.coverage().quantity()).reversed())
            .thenComparingLong(Match::listingId);

    private static Match match(long id, Eligibility.Verdict verdict, boolean verified, float text, float bestText) {
        double textShare = bestText > 0 ? text / bestText : 0;
        double score = COVERAGE_WEIGHT * verdict.coverage().share() + (verified ? VERIFIED_WEIGHT : 0) + TEXT_WEIGHT * textShare;
        List<String> reasons = new ArrayList<>(verdict.reasons());
        if (textShare >= SIMILAR_TEXT) {
            reasons.add("similar description");
        }
        return new Match(id, Math.round(score * 1000) / 1000.0, verdict.coverage(), List.copyOf(reasons));
    }

    private static float best(Map<Long, Float> scores) {
        return scores.values().stream().max(Float::compare).orElse(0f);
    }

    private static Set<String> slugs(Catalogue.Snapshot lists, Set<Long> certificationIds) {
        Set<String> slugs = new java.util.TreeSet<>();
        lists.certifications(certificationIds).forEach(c -> slugs.add(c.getSlug()));
        return slugs;
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Matches as the API shows them: the other listing, the score, the coverage and the reasons. */
final class MatchJson {

    private MatchJson() {
    }

    static JsonObjectBuilder coverage(Coverage coverage) {
        return Jsons.object().add("quantity", coverage.quantity()).add("percent", coverage.percent())
                .add("completeBy", coverage.completeBy().map(d -> (JsonValue) Jsons.value(d.toString())).orElse(JsonValue.NULL));
    }

    static JsonObjectBuilder match(Matching.Match match, String key, JsonObjectBuilder listing) {
        JsonArrayBuilder reasons = Jsons.array();
        match.reasons().forEach(reasons::add);
        return Jsons.object().add(key, listing).add("score", match.score()).add("coverage", coverage(match.coverage()))
                .add("reasons", reasons);
    }

    /** The page of matches asked for, each with its listing as the API shows it. */
    static <T> JsonArrayBuilder page(List<Matching.Match> matches, Paging paging, String key, Map<Long, T> listings,
                                     Function<T, JsonObjectBuilder> json) {
        JsonArrayBuilder items = Jsons.array();
        pageOf(matches, paging).forEach(m -> items.add(match(m, key, json.apply(listings.get(m.listingId())))));
        return items;
    }

    static List<Matching.Match> pageOf(List<Matching.Match> matches, Paging paging) {
        int from = Math.min(matches.size(), (paging.page() - 1) * paging.size());
        return matches.subList(from, Math.min(matches.size(), from + paging.size()));
    }

    static JsonObjectBuilder combination(OfferCombination<Matching.Match> combination, Map<Long, Offer> offers) {
        JsonArrayBuilder chosen = Jsons.array();
        combination.offers().forEach(m -> chosen.add(Jsons.object().add("id", m.listingId())
                .add("title", offers.get(m.listingId()).getTitle()).add("quantity", m.coverage().quantity())));
        return Jsons.object().add("offers", chosen).add("coverage", Jsons.object().add("quantity", combination.covered())
                .add("percent", (int) Math.floor(combination.share() * 100)).add("complete", combination.complete()));
    }

}

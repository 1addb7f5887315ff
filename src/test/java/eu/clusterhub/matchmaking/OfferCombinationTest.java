package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfferCombinationTest {

    private record Offer(String name, long covers) {
    }

    @Test
    void theFewestOffersThatTogetherCoverTheNeed() {
        List<Offer> offers = List.of(new Offer("small", 300), new Offer("large", 1_200), new Offer("medium", 800),
                new Offer("none", 0), new Offer("medium too", 700));

        OfferCombination<Offer> combination = OfferCombination.smallest(offers, Offer::covers, 2_000);

        assertThat(combination.offers()).extracting(Offer::name).containsExactly("large", "medium");
        assertThat(combination.covered()).isEqualTo(2_000);
        assertThat(combination.complete()).isTrue();
    }

    @Test
    void noOtherSetOfAsFewOffersCoversTheNeed() {
        // every subset of six offers, against the answer: none smaller reaches the need
        List<Offer> offers = List.of(new Offer("a", 500), new Offer("b", 450), new Offer("c", 450), new Offer("d", 300),
                new Offer("e", 250), new Offer("f", 100));
        long needed = 1_200;
        int answer = OfferCombination.smallest(offers, Offer::covers, needed).offers().size();

        Map<Integer, Long> bestSumBySize = IntStream.range(1, 1 << offers.size()).boxed().collect(Collectors.toMap(
                Integer::bitCount,
                mask -> IntStream.range(0, offers.size()).filter(i -> (mask & (1 << i)) != 0).mapToLong(i -> offers.get(i).covers()).sum(),
                Math::max));
        int smallestPossible = bestSumBySize.entrySet().stream().filter(e -> e.getValue() >= needed)
                .mapToInt(Map.Entry::getKey).min().orElseThrow();
        assertThat(answer).isEqualTo(smallestPossible).isEqualTo(3);
    }

    @Test
    void whenAllOffersFallShortTheyAreAllNamedWithTheShareTheyReach() {
        OfferCombination<Offer> combination = OfferCombination.smallest(
                List.of(new Offer("a", 300), new Offer("b", 200)), Offer::covers, 1_000);

        assertThat(combination.offers()).hasSize(2);
        assertThat(combination.covered()).isEqualTo(500);
        assertThat(combination.share()).isEqualTo(0.5);
        assertThat(combination.complete()).isFalse();
    }

    @Test
    void oneOfferThatCoversAllIsTheCombination() {
        OfferCombination<Offer> combination = OfferCombination.smallest(
                List.of(new Offer("a", 300), new Offer("b", 5_000)), Offer::covers, 1_000);

        assertThat(combination.offers()).extracting(Offer::name).containsExactly("b");
        assertThat(combination.covered()).as("never more than the need").isEqualTo(1_000);
    }

    @Test
    void noOffersNoCombinationAndANeedOfNothingIsRefused() {
        assertThat(OfferCombination.smallest(List.<Offer>of(), Offer::covers, 10).offers()).isEmpty();
        assertThatThrownBy(() -> OfferCombination.smallest(List.<Offer>of(), Offer::covers, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetValuesTest {

    @Test
    void everyFacetOfATextIsOneValueOfOneField() {
        assertThat(FacetValues.of("post", "funding", "OFFER", "IT")).containsExactly("kind=post", "board=funding", "type=OFFER",
                "country=IT");
        assertThat(FacetValues.of("announcement", null, null, "EU")).containsExactly("kind=announcement", "country=EU");
    }

    @Test
    void countsAreSplitByFacetMostFrequentFirst() {
        Map<String, Map<String, Long>> facets = FacetValues.counts(Map.of("kind=post", 5L, "kind=thread", 7L,
                "board=funding", 12L), Map.of("week", 2L), 1);
        assertThat(facets.get("kind")).containsExactly(Map.entry("thread", 7L), Map.entry("post", 5L));
        assertThat(facets.get("board")).containsExactly(Map.entry("funding", 12L));
        assertThat(facets.get("type")).isEmpty();
        assertThat(facets.get("date")).containsExactly(Map.entry("week", 2L));
    }

    @Test
    void sampledCountsAreScaledAndRoundedToTwoDigits() {
        Map<String, Map<String, Long>> facets = FacetValues.counts(Map.of("kind=post", 1171L, "board=funding", 3L),
                Map.of("week", 50L), 16);
        assertThat(facets.get("kind")).containsEntry("post", 19_000L);
        assertThat(facets.get("board")).containsEntry("funding", 48L);
        assertThat(facets.get("date")).containsEntry("week", 800L);
        assertThat(FacetValues.estimate(1234, 1)).isEqualTo(1234);
    }
}

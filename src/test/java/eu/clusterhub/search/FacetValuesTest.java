package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
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

    @Test
    void listingsHaveSeveralCountriesCategoriesAndCertificationsEachOnce() {
        assertThat(FacetValues.of("offer", null, null, List.of("DE", "AT", "DE"), List.of("ffp2-masks", "masks", "protective-equipment"),
                List.of("en-149", "ce-marking"))).containsExactly("kind=offer", "country=DE", "country=AT", "category=ffp2-masks",
                "category=masks", "category=protective-equipment", "certification=en-149", "certification=ce-marking");
        TextDocument need = new TextDocument("need", 7, null, "FFP2", "Masks", "de", null, null, List.of(), "IT", null, "Spital",
                LocalDateTime.of(2026, 1, 1, 0, 0), "/needs/7", List.of("ffp2-masks"), List.of(), List.of("IT"));
        assertThat(need.getFacetValues()).as("a need's country counted once").containsExactly("kind=need", "country=IT",
                "category=ffp2-masks");
        TextDocument post = new TextDocument("post", 8, 3L, "FFP2", "Masks", "en", "funding", "OFFER", List.of(), "FR", null, null,
                LocalDateTime.of(2026, 1, 1, 0, 0), "/threads/3");
        assertThat(post.getFacetValues()).as("other kinds unchanged").containsExactly("kind=post", "board=funding", "type=OFFER",
                "country=FR");
        assertThat(post.getCountries()).isEmpty();
    }

    @Test
    void categoryAndCertificationFacetsAreCountedLikeTheOthersAndBounded() {
        Map<String, Long> byValue = new java.util.HashMap<>(Map.of("kind=offer", 3L, "category=masks", 3L, "category=ffp2-masks", 2L,
                "certification=en-149", 1L));
        for (int i = 0; i < 30; i++) {
            byValue.put("category=c" + i, 1L);
        }
        Map<String, Map<String, Long>> facets = FacetValues.counts(byValue, Map.of(), 1);
        assertThat(facets.keySet()).containsExactly("kind", "board", "type", "country", "category", "certification", "date");
        assertThat(facets.get("category")).hasSize(FacetValues.SHOWN);
        assertThat(facets.get("category").entrySet()).startsWith(Map.entry("masks", 3L), Map.entry("ffp2-masks", 2L));
        assertThat(facets.get("certification")).containsExactly(Map.entry("en-149", 1L));
        assertThat(facets.get("kind")).containsExactly(Map.entry("offer", 3L));
    }
}

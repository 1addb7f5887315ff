package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void everyFacetOfATextIsOneValueOfOneField() {
        assertThat(FacetValues.of("post", "funding", "OFFER", "IT", LocalDateTime.of(2026, 11, 20, 9, 30)))
                .containsExactly("kind=post", "board=funding", "type=OFFER", "country=IT", "day=2026-11-20");
        assertThat(FacetValues.of("announcement", null, null, "EU", LocalDateTime.of(2020, 3, 13, 0, 0)))
                .containsExactly("kind=announcement", "country=EU", "day=2020-03-13");
    }

    @Test
    void countsAreSplitByFacetMostFrequentFirstAndDaysSummedIntoDateBuckets() {
        Map<String, Map<String, Long>> facets = FacetValues.counts(Map.of("kind=post", 5L, "kind=thread", 7L,
                "board=funding", 12L, "day=2026-11-24", 2L, "day=2026-11-01", 4L, "day=2025-01-01", 6L), TODAY, 1);
        assertThat(facets.get("kind")).containsExactly(Map.entry("thread", 7L), Map.entry("post", 5L));
        assertThat(facets.get("board")).containsExactly(Map.entry("funding", 12L));
        assertThat(facets.get("type")).isEmpty();
        assertThat(facets.get("date")).containsExactly(Map.entry("week", 2L), Map.entry("month", 6L), Map.entry("year", 6L),
                Map.entry("older", 6L));
    }

    @Test
    void sampledCountsAreScaledAndRoundedToTwoDigits() {
        Map<String, Map<String, Long>> facets = FacetValues.counts(Map.of("kind=post", 1171L, "board=funding", 3L,
                "day=2026-11-24", 50L), TODAY, 16);
        assertThat(facets.get("kind")).containsEntry("post", 19_000L);
        assertThat(facets.get("board")).containsEntry("funding", 48L);
        assertThat(facets.get("date")).containsEntry("week", 800L);
        assertThat(FacetValues.estimate(1234, 1)).isEqualTo(1234);
    }
}

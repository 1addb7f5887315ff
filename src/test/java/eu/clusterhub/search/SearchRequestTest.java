package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void filtersTypedInTheBoxLeaveTheWordsAndParametersWin() {
        SearchRequest request = SearchRequest.parse(Map.of("q", "valves board:funding type:request country:it \"tag:not a filter\"",
                "type", "offer")::get);
        assertThat(request.words()).isEqualTo("valves \"tag:not a filter\"");
        assertThat(request.filters()).containsEntry("board", "funding").containsEntry("type", "OFFER").containsEntry("country", "IT")
                .doesNotContainKey("tag");
    }

    @Test
    void quotedFilterValuesAndDefaults() {
        SearchRequest request = SearchRequest.parse(Map.of("q", "tag:\"Face-Masks\" masks", "from", "2020-03-01")::get);
        assertThat(request.filters()).containsEntry("tag", "face-masks");
        assertThat(request.from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
        assertThat(request.newest()).isFalse();
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("page", "-1", "size", "10000", "sort", "random", "to", "x")::get))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).errors()).extracting(ValidationFailed.FieldError::field)
                        .containsExactlyInAnyOrder("page", "size", "sort", "to"));
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("q", "x".repeat(1001))::get)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void resultsGoAThousandHitsDeepAtMost() {
        assertThat(SearchRequest.parse(Map.of("page", "20", "size", "50")::get).page()).isEqualTo(20);
        assertThat(SearchRequest.parse(Map.of("page", "100", "size", "10")::get).page()).isEqualTo(100);
        for (Map<String, String> deep : java.util.List.of(Map.of("page", "21", "size", "50"), Map.of("page", "101"),
                Map.of("page", "1000", "size", "50"))) {
            assertThatThrownBy(() -> SearchRequest.parse(deep::get)).as(deep.toString()).isInstanceOf(ValidationFailed.class)
                    .satisfies(e -> assertThat(((ValidationFailed) e).errors()).extracting(ValidationFailed.FieldError::field)
                            .containsExactly("page"));
        }
    }

    @Test
    void aQueryHasBoundedWordsAndPrefixes() {
        String many = String.join(" | ", java.util.Collections.nCopies(33, "valve"));
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("q", many)::get)).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).errors()).extracting(ValidationFailed.FieldError::field).containsExactly("q"));
        assertThat(SearchRequest.parse(Map.of("q", String.join(" ", java.util.Collections.nCopies(32, "valve")))::get)).isNotNull();
        assertThat(SearchRequest.parse(Map.of("q", "vent* mask* glov* valv*")::get).words()).isEqualTo("vent* mask* glov* valv*");
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("q", "vent* mask* glov* valv* print*")::get))
                .isInstanceOf(ValidationFailed.class);
        // short prefixes are read as words (StemsQueryParser): they count as words, not prefixes
        assertThat(SearchRequest.parse(Map.of("q", "aa* ab* ac* ad* ae* af*")::get)).isNotNull();
        StringBuilder hostile = new StringBuilder();
        for (char a = 'a'; a <= 'z' && hostile.length() < 990; a++) {
            for (char b = 'a'; b <= 'z' && hostile.length() < 990; b++) {
                hostile.append(a).append(b).append("*|");
            }
        }
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("q", hostile.toString())::get)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void orAndAndAreSpelledForTheSimpleQueryString() {
        assertThat(SearchSyntax.forSimpleQueryString("masks OR gloves AND gowns")).isEqualTo("masks | gloves + gowns");
        assertThat(SearchSyntax.forSimpleQueryString("ORDERS or AND")).isEqualTo("ORDERS or AND");
        assertThat(SearchSyntax.forSimpleQueryString(null)).isEmpty();
    }

    @Test
    void categoryAndCertificationAreFiltersTypedOrGiven() {
        SearchRequest typed = SearchRequest.parse(Map.of("q", "masken category:FFP2-Masks certification:en-149 kind:offer country:de")::get);
        assertThat(typed.words()).isEqualTo("masken");
        assertThat(typed.filters()).containsEntry("category", "ffp2-masks").containsEntry("certification", "en-149")
                .containsEntry("kind", "offer").containsEntry("country", "DE");

        SearchRequest given = SearchRequest.parse(Map.of("q", "masken category:gloves", "category", " masks ",
                "certification", "EN-455")::get);
        assertThat(given.filters()).as("the parameter wins, trimmed and in lower case").containsEntry("category", "masks")
                .containsEntry("certification", "en-455");
        assertThat(given.words()).isEqualTo("masken");
        assertThat(SearchRequest.parse(Map.of("q", "category: masks")::get).words()).as("no value: words")
                .isEqualTo("category: masks");
    }
}

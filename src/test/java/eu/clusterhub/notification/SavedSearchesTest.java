package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.search.SearchRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedSearchesTest {

    @Test
    void aSavedQueryIsReadLikeTheSearchBoxWithItsTypedFilters() {
        SearchRequest request = SavedSearches.request("valves country:it board:funding");
        assertThat(request.words()).isEqualTo("valves");
        assertThat(request.filters()).isEqualTo(Map.of("country", "IT", "board", "funding"));
    }

    @Test
    void aQueryTheSearchPageWouldRefuseMatchesNothing() {
        assertThat(SavedSearches.request("aaa* bbb* ccc* ddd* eee*")).isNull();
    }

    @Test
    void theSummaryNamesTheKindAndTheMembersOwnQuery() {
        assertThat(SavedSearches.summary("post", "valves country:IT"))
                .isEqualTo("A reply matching your saved search \u201cvalves country:IT\u201d");
        assertThat(SavedSearches.summary("offer", "masks")).isEqualTo("An offer matching your saved search \u201cmasks\u201d");
        assertThat(SavedSearches.summary("thread", "masks")).startsWith("A thread");
    }
}

package eu.clusterhub.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnouncementQueryTest {

    @Test
    void noParametersMeanThePublishedListFromPageOne() {
        AnnouncementQuery query = AnnouncementQuery.parse(Map.<String, String>of()::get, false);
        assertThat(query).isEqualTo(AnnouncementQuery.published());
        assertThat(query.filterQueryString()).isEmpty();
        assertThat(query.isFiltered()).isFalse();
    }

    @Test
    void filtersAreParsedNormalisedAndWrittenBackForBookmarks() {
        AnnouncementQuery query = AnnouncementQuery.parse(Map.of("source", "MEMBER_STATE", "country", "de", "topic", "State-Aid",
                "from", "2020-03-01", "to", "2020-04-30", "page", "2", "size", "50")::get, false);
        assertThat(query.source()).isEqualTo(SourceType.MEMBER_STATE);
        assertThat(query.country()).isEqualTo("DE");
        assertThat(query.topic()).isEqualTo("state-aid");
        assertThat(query.from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(query.offset()).isEqualTo(50);
        assertThat(query.filterQueryString())
                .isEqualTo("source=member-state&country=DE&topic=state-aid&from=2020-03-01&to=2020-04-30&size=50");
    }

    @Test
    void badParametersAreAllReported() {
        assertThatThrownBy(() -> AnnouncementQuery.parse(Map.of("source", "press", "country", "XX", "topic", "a b",
                "from", "yesterday", "page", "-1", "size", "10000")::get, false))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(ValidationFailed.FieldError::field)
                        .containsExactly("source", "country", "topic", "from", "page", "size"));
    }

    @Test
    void aBackwardsDateRangeIsRefused() {
        assertThatThrownBy(() -> AnnouncementQuery.parse(Map.of("from", "2020-05-01", "to", "2020-04-01")::get, false))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("to:");
    }

    @Test
    void onlyModeratorsMayListDrafts() {
        assertThat(AnnouncementQuery.parse(Map.of("status", "draft")::get, true).status()).isEqualTo(AnnouncementStatus.DRAFT);
        assertThatThrownBy(() -> AnnouncementQuery.parse(Map.of("status", "draft")::get, false))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("status");
        assertThat(AnnouncementQuery.parse(Map.of("status", "published")::get, false).status()).isEqualTo(AnnouncementStatus.PUBLISHED);
    }
}

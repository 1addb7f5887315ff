package eu.clusterhub.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.WatchTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnouncementNotificationsTest {

    private static Snapshot state(String topics, String country, String sourceType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("topics", topics);
        fields.put("country", country);
        fields.put("sourceType", sourceType);
        return new Snapshot(fields);
    }

    private static List<String> filters(Snapshot state) {
        return AnnouncementNotifications.filters(state).stream().map(WatchTarget::filter).toList();
    }

    @Test
    void everyCombinationOfATopicTheCountryAndTheSourceWithAtLeastOne() {
        assertThat(filters(state("state-aid\nmasks", "DE", "MEMBER_STATE"))).containsExactlyInAnyOrder(
                "country=DE&source=member-state&topic=state-aid", "country=DE&topic=state-aid",
                "source=member-state&topic=state-aid", "topic=state-aid",
                "country=DE&source=member-state&topic=masks", "country=DE&topic=masks",
                "source=member-state&topic=masks", "topic=masks",
                "country=DE&source=member-state", "country=DE", "source=member-state");
    }

    @Test
    void theFiltersAreWhatAWatchOfTheSameFilterIsNormalisedTo() {
        WatchTarget watched = WatchTarget.of("announcements", null, " topic=state-aid & country=DE ");
        assertThat(AnnouncementNotifications.filters(state("state-aid", "DE", "EUROPEAN_COMMISSION"))).contains(watched);
    }

    @Test
    void anAnnouncementWithoutCountryOrTopicsFitsItsSourceOnly() {
        assertThat(filters(state("", null, "EUROPEAN_COMMISSION"))).containsExactly("source=european-commission");
        assertThat(filters(state(null, null, null))).isEmpty();
    }

    @Test
    void aRevisionSummaryNamesTheChangedFieldsByTheirLabels() {
        assertThat(AnnouncementNotifications.revisedSummary(List.of("body", "effectiveDate")))
                .isEqualTo("Revised: body, effective date");
        assertThat(AnnouncementNotifications.revisedSummary(List.of("links", "status", "verification")))
                .isEqualTo("Revised: official links");
    }

    @Test
    void aRevisionOfSilentFieldsOnlyIsNoNews() {
        assertThat(AnnouncementNotifications.revisedSummary(List.of("verification"))).isNull();
        assertThat(AnnouncementNotifications.revisedSummary(List.of("pinned", "status"))).isNull();
        assertThat(AnnouncementNotifications.revisedSummary(List.of())).isNull();
    }
}

package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.WatchTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matchmaking filters a listing fits, as the watches API normalises them. */
class ListingNotificationsTest {

    @Test
    void everyCombinationOfKindCategoryAndCountryWithAtLeastOne() {
        List<String> keys = ListingNotifications.filters("need", List.of("ffp2-masks", "masks"), List.of("IT")).stream()
                .map(WatchTarget::key).toList();
        // (kind or none) x (two categories or none) x (IT or none), less the empty filter
        assertThat(keys).hasSize(2 * 3 * 2 - 1).doesNotHaveDuplicates()
                .contains("matchmaking:category=ffp2-masks&country=IT&kind=need", "matchmaking:kind=need",
                        "matchmaking:category=masks", "matchmaking:country=IT", "matchmaking:category=masks&kind=need")
                .noneMatch(k -> k.contains("kind=offer"));
        assertThat(keys).containsAll(List.of(WatchTarget.of("matchmaking", null, "country=IT&kind=need").key()));
    }
}

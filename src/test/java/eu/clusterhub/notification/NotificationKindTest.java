package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NotificationKindTest {

    @Test
    void whatIsAddressedToYouComesAtOnceWhatYouWatchInTheDailyDigest() {
        assertThat(Arrays.stream(NotificationKind.values()).filter(k -> k.defaultDelivery() == Delivery.IMMEDIATELY)
                .map(NotificationKind::code)).containsExactlyInAnyOrder("mention", "quote", "reply", "accepted", "message",
                "contact", "listing-match", "moderation");
        assertThat(Arrays.stream(NotificationKind.values()).filter(k -> k.defaultDelivery() == Delivery.DAILY)
                .map(NotificationKind::code)).containsExactlyInAnyOrder("thread-post", "board-thread", "board-post",
                "announcement", "search-match", "listing-new");
    }

    @Test
    void everyKindIsFoundByItsCodeAndAddressedKindsComeFirst() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(NotificationKind.of(kind.code())).contains(kind);
        }
        assertThat(NotificationKind.of("nonsense")).isEmpty();
        boolean watchedSeen = false;
        for (NotificationKind kind : NotificationKind.values()) {
            watchedSeen |= !kind.isAddressed();
            assertThat(kind.isAddressed() && watchedSeen).as(kind + " comes before every watched kind").isFalse();
        }
        assertThat(Delivery.IMMEDIATELY.code()).isEqualTo("immediately");
    }
}

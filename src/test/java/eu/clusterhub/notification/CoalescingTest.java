package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CoalescingTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aThreadsFirstNotificationOpensAWindowAndOneWithoutAThreadGoesAtOnce() {
        assertThat(Coalescing.sendAfter(NOW, 7L, TEN_MINUTES)).isEqualTo(NOW.plusMinutes(10));
        assertThat(Coalescing.sendAfter(NOW, null, TEN_MINUTES)).isEqualTo(NOW);
    }

    @Test
    void aMailTakesNotificationsOnlyWhilePendingUntriedAndOpen() {
        LocalDateTime closes = NOW.plusMinutes(10);
        assertThat(Coalescing.isOpen("pending", 0, closes, NOW.plusMinutes(9).plusSeconds(59))).as("within the window").isTrue();
        assertThat(Coalescing.isOpen("pending", 0, closes, closes)).as("the window has closed").isFalse();
        assertThat(Coalescing.isOpen("pending", 0, closes, NOW.plusMinutes(11))).isFalse();
        assertThat(Coalescing.isOpen("sending", 1, closes, NOW)).as("claimed by the sender").isFalse();
        assertThat(Coalescing.isOpen("pending", 1, closes, NOW)).as("tried and failed once: what it carries is settled").isFalse();
        assertThat(Coalescing.isOpen("sent", 1, closes, NOW)).isFalse();
    }

    @Test
    void keysNameOneMailEach() {
        assertThat(Coalescing.immediateKey(5, 7L, 99)).isEqualTo("immediate:5:t7:n99");
        assertThat(Coalescing.immediateKey(5, null, 99)).isEqualTo("immediate:5:n99");
        assertThat(Coalescing.digestKey(Delivery.DAILY, 5, LocalDate.of(2026, 3, 1))).isEqualTo("daily:5:2026-03-01");
        assertThat(Coalescing.digestKey(Delivery.WEEKLY, 5, LocalDate.of(2026, 3, 2))).isEqualTo("weekly:5:2026-03-02");
    }

    @Test
    void failedAttemptsBackOffExponentiallyUpToAnHour() {
        Duration base = Duration.ofSeconds(30);
        assertThat(Coalescing.backoff(1, base)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Coalescing.backoff(2, base)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Coalescing.backoff(3, base)).isEqualTo(Duration.ofSeconds(120));
        assertThat(Coalescing.backoff(7, base)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(Coalescing.backoff(8, base)).isEqualTo(Duration.ofHours(1));
        assertThat(Coalescing.backoff(1000, base)).as("no overflow").isEqualTo(Duration.ofHours(1));
        assertThat(Coalescing.backoff(0, base)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void tenAttemptsOrMoreStillSpreadOverHours() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < MailSender.MAX_ATTEMPTS; attempt++) {
            total = total.plus(Coalescing.backoff(attempt, Duration.ofSeconds(30)));
        }
        assertThat(total).isBetween(Duration.ofHours(6), Duration.ofHours(24));
    }

    @Test
    void theDeliveryColumnReadsBackAsWritten() {
        assertThat(Coalescing.column(Delivery.IMMEDIATELY)).isEqualTo("immediate");
        for (Delivery d : java.util.List.of(Delivery.IMMEDIATELY, Delivery.DAILY, Delivery.WEEKLY)) {
            assertThat(Coalescing.fromColumn(Coalescing.column(d))).isEqualTo(d);
        }
    }
}

package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentViewersTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecentViewers viewers = new RecentViewers(1_000, nanos::get);

    @Test
    void aViewerCountsOncePerThreadPerHour() {
        assertThat(viewers.firstViewInAWhile("member:7", 42)).isTrue();
        assertThat(viewers.firstViewInAWhile("member:7", 42)).as("a reload").isFalse();
        assertThat(viewers.firstViewInAWhile("member:7", 43)).as("another thread").isTrue();
        assertThat(viewers.firstViewInAWhile("member:8", 42)).as("another viewer").isTrue();

        nanos.addAndGet(Duration.ofMinutes(59).toNanos());
        assertThat(viewers.firstViewInAWhile("member:7", 42)).isFalse();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(viewers.firstViewInAWhile("member:7", 42)).as("an hour later").isTrue();
    }

    @Test
    void aFloodOfDistinctViewersNeverGrowsBeyondTheBound() {
        for (int i = 0; i < 50_000; i++) {
            viewers.firstViewInAWhile("address:10.0." + i, 42);
        }
        assertThat(viewers.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void expiredViewsAreForgotten() {
        for (int i = 0; i < 500; i++) {
            viewers.firstViewInAWhile("address:" + i, 1);
        }
        nanos.addAndGet(RecentViewers.REPEAT_AFTER.plusSeconds(1).toNanos());
        assertThat(viewers.size()).isZero();
    }
}

package eu.clusterhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void limitsReadAsCountPerPeriod() {
        assertThat(RateLimiter.Limit.parse("x", "10/1h")).isEqualTo(new RateLimiter.Limit("x", 10, Duration.ofHours(1)));
        assertThat(RateLimiter.Limit.parse("x", " 30 / 15m ")).isEqualTo(new RateLimiter.Limit("x", 30, Duration.ofMinutes(15)));
        assertThat(RateLimiter.Limit.parse("x", "5/30S").period()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RateLimiter.Limit.parse("x", "1/2d").period()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aMalformedLimitNamesItsSetting() {
        for (String bad : new String[] {"10", "10/h", "0/1h", "ten/1h", "10/1w", "-1/1h"}) {
            assertThatThrownBy(() -> RateLimiter.Limit.parse("registration-per-address", bad))
                    .as(bad).hasMessageContaining("clusterhub.limits.registration-per-address");
        }
    }

    @Test
    void aBucketRefusesBeyondItsCountAndSaysHowLongToWait() {
        var bucket = RateLimiter.Limit.parse("x", "3/1h").newBucket();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryConsume(1)).isTrue();
        }
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        assertThat(probe.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(probe.getNanosToWaitForRefill())).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21));
    }

    @Test
    void waitsAreSaidInSecondsOrMinutes() {
        assertThat(RateLimiter.describe(45)).isEqualTo("45 seconds");
        assertThat(RateLimiter.describe(1200)).isEqualTo("20 minutes");
    }
}

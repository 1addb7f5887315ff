package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.matchmaking.Coverage.Capacity;
import eu.clusterhub.matchmaking.Coverage.Demand;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final LocalDate MONDAY = LocalDate.of(2020, 3, 23);

    @Test
    void aWeeklyCapacityAccruesFromTheEndOfTheLeadTimeUntilTheDeadline() {
        // 5,000 masks a week, first ones after 4 days; the need: 2,000 by Friday week (11 days)
        Coverage coverage = Coverage.of(new Capacity(5_000, 4, 0), new Demand(2_000, MONDAY.plusDays(11)), MONDAY);

        assertThat(coverage.quantity()).isEqualTo(2_000);
        assertThat(coverage.percent()).isEqualTo(100);
        // 2,000 take 2.8 days of a 5,000-a-week line: 3 days after the 4 days of lead time
        assertThat(coverage.completeBy()).contains(MONDAY.plusDays(7));
    }

    @Test
    void whatCannotBeMadeInTimeCoversOnlyPartOfTheNeed() {
        // 700 a week, no lead time, 14 days: 1,400 of 5,000
        Coverage coverage = Coverage.of(new Capacity(700, 0, 0), new Demand(5_000, MONDAY.plusDays(14)), MONDAY);

        assertThat(coverage.quantity()).isEqualTo(1_400);
        assertThat(coverage.share()).isEqualTo(0.28);
        assertThat(coverage.percent()).isEqualTo(28);
        assertThat(coverage.completeBy()).isEmpty();
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void partialDaysRoundDownAndAlmostAllIsNotAll() {
        // 100 a week for 3 days: 42.86 -> 42 pieces; 999 of 1,000 is 99 %, not 100 %
        assertThat(Coverage.of(new Capacity(100, 0, 0), new Demand(1_000, MONDAY.plusDays(3)), MONDAY).quantity()).isEqualTo(42);
        Coverage almost = Coverage.of(new Capacity(7 * 999, 0, 0), new Demand(1_000, MONDAY.plusDays(1)), MONDAY);
        assertThat(almost.quantity()).isEqualTo(999);
        assertThat(almost.percent()).isEqualTo(99);
    }

    @Test
    void aLeadTimeThatEndsOnOrAfterTheDeadlineCoversNothing() {
        assertThat(Coverage.of(new Capacity(10_000, 10, 0), new Demand(100, MONDAY.plusDays(10)), MONDAY).quantity()).isZero();
        assertThat(Coverage.of(new Capacity(10_000, 0, 0), new Demand(100, MONDAY), MONDAY).quantity())
                .as("due today").isZero();
        assertThat(Coverage.of(new Capacity(10_000, 0, 0), new Demand(100, MONDAY.minusDays(1)), MONDAY).quantity())
                .as("past its date").isZero();
    }

    @Test
    void aNeedBelowTheMinimumOrderIsNotServed() {
        Coverage coverage = Coverage.of(new Capacity(50_000, 2, 5_000), new Demand(2_000, MONDAY.plusDays(30)), MONDAY);

        assertThat(coverage.belowMinimum()).isTrue();
        assertThat(coverage.quantity()).isZero();
        assertThat(Coverage.of(new Capacity(50_000, 2, 2_000), new Demand(2_000, MONDAY.plusDays(30)), MONDAY).quantity())
                .as("exactly the minimum").isEqualTo(2_000);
    }

    @Test
    void absurdInputIsRefused() {
        assertThatThrownBy(() -> new Capacity(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Capacity(10, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Demand(0, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.of(new Capacity(Long.MAX_VALUE / 2, 0, 0), new Demand(10, MONDAY.plusDays(365)), MONDAY))
                .as("an absurd capacity overflows loudly, never silently").isInstanceOf(ArithmeticException.class);
    }
}

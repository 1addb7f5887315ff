package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void theMedianOfOddAndEvenCountsAndOfNone() {
        assertThat(Dashboard.median(List.of())).isNull();
        assertThat(Dashboard.median(List.of(5.0))).isEqualTo(5.0);
        assertThat(Dashboard.median(List.of(1.0, 2.0, 10.0))).isEqualTo(2.0);
        assertThat(Dashboard.median(List.of(1.0, 2.0, 4.0, 10.0))).isEqualTo(3.0);
    }

    @Test
    void openFlagsAreCountedByHowLongTheyWaited() {
        Dashboard.OpenFlags flags = Dashboard.OpenFlags.of(List.of(80.0, 0.5, 23.9, 24.0, 71.9, 72.0));
        assertThat(flags.items()).isEqualTo(6);
        assertThat(flags.oldestHours()).isEqualTo(80.0);
        assertThat(flags.medianHours()).isEqualTo((24.0 + 71.9) / 2);
        assertThat(flags.underADay()).isEqualTo(2);
        assertThat(flags.oneToThreeDays()).isEqualTo(2);
        assertThat(flags.overThreeDays()).isEqualTo(2);
        assertThat(Dashboard.OpenFlags.of(List.of())).isEqualTo(new Dashboard.OpenFlags(0, null, null, 0, 0, 0));
    }

    @Test
    void onlyThirtyOrNinetyDays() {
        assertThat(DashboardService.period(null)).isEqualTo(30);
        assertThat(DashboardService.period(90)).isEqualTo(90);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardService.period(7))
                .isInstanceOf(eu.clusterhub.platform.ValidationFailed.class);
    }

    @Test
    void repeatsAreComparedWithoutCaseAndWhitespace() {
        assertThat(HoldRules.normal("  Buy masks\nNOW\t at half price! ")).isEqualTo(HoldRules.normal("buy masks now at half price!"));
        assertThat(HoldRules.normal("Buy masks now")).isNotEqualTo(HoldRules.normal("Buy masks now!"));
    }
}

package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ModerationState;
import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rules of moderators' actions that need no server: end dates, which actions decide, what authors are told. */
class ReviewActionsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aDateMeansTheEndOfThatDayAndATimeIsTakenInUtc() {
        assertThat(ReviewActions.until(TODAY.plusDays(3).toString())).isEqualTo(TODAY.plusDays(4).atStartOfDay());
        assertThat(ReviewActions.until(TODAY.plusDays(3) + "T18:00Z")).isEqualTo(TODAY.plusDays(3).atTime(18, 0));
        assertThat(ReviewActions.until(TODAY.plusDays(3) + "T18:00+02:00")).isEqualTo(TODAY.plusDays(3).atTime(16, 0));
        assertThat(ReviewActions.until(TODAY.toString())).as("today: until midnight").isAfter(LocalDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void pastFarAndUnreadableDatesAreRefused() {
        for (String bad : new String[] {null, " ", "tomorrow", TODAY.minusDays(1).toString(), TODAY.plusYears(2).toString(), "2026-13-40"}) {
            assertThatThrownBy(() -> ReviewActions.until(bad)).as(String.valueOf(bad)).isInstanceOf(ValidationFailed.class)
                    .satisfies(e -> assertThat(((ValidationFailed) e).errors()).extracting(ValidationFailed.FieldError::field)
                            .containsExactly("until"));
        }
    }

    @Test
    void decisionsCloseTheItemAndMeasuresOnTheAuthorNeedAReason() {
        assertThat(ReviewActions.Action.values()).filteredOn(a -> a.decides()).extracting(ReviewActions.Action::code)
                .containsExactly("keep", "hide", "approve", "edit", "delete");
        assertThat(ReviewActions.Action.values()).filteredOn(a -> a.needsReason()).extracting(ReviewActions.Action::code)
                .containsExactly("hide", "warn", "silence", "suspend");
        assertThat(ReviewActions.Action.of("burn")).isEmpty();
    }

    @Test
    void authorsAreToldWhyTheirItemIsNotShown() {
        assertThat(ModerationState.VISIBLE.noticeFor("x")).isEmpty();
        assertThat(ModerationState.PENDING.noticeFor(null)).startsWith("Awaiting approval");
        assertThat(ModerationState.HIDDEN.noticeFor("Fake offer")).isEqualTo("Hidden by a moderator: Fake offer");
        assertThat(ModerationState.HIDDEN.noticeFor(" ")).isEqualTo("Hidden by a moderator.");
        assertThat(new ModerationStaffActions().names()).contains("flag.keep", "item.hide", "account.suspend-for")
                .doesNotContain("account.suspend");
    }
}

package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void theDailyDigestComesAtTheMembersHourInTheirTimeZone() {
        // 05:30 UTC is 06:30 in Rome in winter: 08:00 Rome is 07:00 UTC the same day
        DigestSchedule.Due due = DigestSchedule.nextDaily(LocalDateTime.of(2026, 1, 15, 5, 30), ROME, 8);
        assertThat(due.atUtc()).isEqualTo(LocalDateTime.of(2026, 1, 15, 7, 0));
        assertThat(due.localDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        // in summer Rome is UTC+2
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 7, 15, 5, 30), ROME, 8).atUtc())
                .isEqualTo(LocalDateTime.of(2026, 7, 15, 6, 0));
    }

    @Test
    void anHourAlreadyPastOrJustNowMeansTomorrow() {
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 1, 15, 7, 0), ROME, 8).atUtc())
                .as("exactly at the hour: that one is being sent, the next is tomorrow").isEqualTo(LocalDateTime.of(2026, 1, 16, 7, 0));
        DigestSchedule.Due late = DigestSchedule.nextDaily(LocalDateTime.of(2026, 1, 15, 20, 0), ROME, 8);
        assertThat(late.atUtc()).isEqualTo(LocalDateTime.of(2026, 1, 16, 7, 0));
        assertThat(late.localDate()).isEqualTo(LocalDate.of(2026, 1, 16));
    }

    @Test
    void theLocalDateIsTheMembersNotUtcs() {
        // 22:30 UTC on the 15th is already the 16th in Tokyo; 07:00 Tokyo on the 16th is 22:00 UTC on the 15th: past
        DigestSchedule.Due tokyo = DigestSchedule.nextDaily(LocalDateTime.of(2026, 1, 15, 22, 30), ZoneId.of("Asia/Tokyo"), 7);
        assertThat(tokyo.localDate()).isEqualTo(LocalDate.of(2026, 1, 17));
        assertThat(tokyo.atUtc()).isEqualTo(LocalDateTime.of(2026, 1, 16, 22, 0));
        DigestSchedule.Due early = DigestSchedule.nextDaily(LocalDateTime.of(2026, 1, 15, 21, 0), ZoneId.of("Asia/Tokyo"), 7);
        assertThat(early.localDate()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(early.atUtc()).isEqualTo(LocalDateTime.of(2026, 1, 15, 22, 0));
    }

    @Test
    void daylightSavingTimeKeepsTheLocalHour() {
        // Rome goes to summer time on 29 March 2026 at 02:00 → 03:00
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 3, 28, 12, 0), ROME, 8).atUtc())
                .as("the morning of the change: 08:00 CEST").isEqualTo(LocalDateTime.of(2026, 3, 29, 6, 0));
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 3, 28, 12, 0), ROME, 2).atUtc())
                .as("02:00 does not exist that night: the first moment after the gap, 03:00 CEST").isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 0));
        // back to winter time on 25 October 2026 at 03:00 → 02:00: 02:00 happens twice, the first one counts
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 10, 24, 12, 0), ROME, 2).atUtc())
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 0, 0));
        assertThat(DigestSchedule.nextDaily(LocalDateTime.of(2026, 10, 24, 12, 0), ROME, 8).atUtc())
                .as("08:00 CET after the change").isEqualTo(LocalDateTime.of(2026, 10, 25, 7, 0));
    }

    @Test
    void theWeeklyDigestComesOnMonday() {
        // Thursday 15 January 2026
        DigestSchedule.Due due = DigestSchedule.nextWeekly(LocalDateTime.of(2026, 1, 15, 12, 0), ROME, 8);
        assertThat(due.localDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(due.localDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.atUtc()).isEqualTo(LocalDateTime.of(2026, 1, 19, 7, 0));
        assertThat(DigestSchedule.nextWeekly(LocalDateTime.of(2026, 1, 19, 6, 0), ROME, 8).atUtc())
                .as("on Monday before the hour: today").isEqualTo(LocalDateTime.of(2026, 1, 19, 7, 0));
        assertThat(DigestSchedule.nextWeekly(LocalDateTime.of(2026, 1, 19, 7, 0), ROME, 8).atUtc())
                .as("on Monday at or after the hour: next week").isEqualTo(LocalDateTime.of(2026, 1, 26, 7, 0));
        // Sunday 23:30 UTC is Monday 08:30 in Tokyo: past the hour there, so the Monday after
        assertThat(DigestSchedule.nextWeekly(LocalDateTime.of(2026, 1, 18, 23, 30), ZoneId.of("Asia/Tokyo"), 8).localDate())
                .isEqualTo(LocalDate.of(2026, 1, 26));
    }
}

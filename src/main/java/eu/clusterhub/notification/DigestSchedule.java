package eu.clusterhub.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a member's next digest is due: daily at their hour in their time zone, weekly on
 * Monday at that hour. Times are UTC as stored. On the night clocks go forward an hour that
 * does not exist is sent at the first moment after the gap (02:00 becomes 03:00 summer
 * time); on the night they go back, an hour that happens twice is sent the first time.
 */
public final class DigestSchedule {

    private DigestSchedule() {
    }

    /** A digest: when it is due (UTC) and the member's local date it is for (its idempotency key names the date). */
    public record Due(LocalDateTime atUtc, LocalDate localDate) {
    }

    /** The first daily digest strictly after {@code nowUtc}. */
    public static Due nextDaily(LocalDateTime nowUtc, ZoneId zone, int hour) {
        Instant now = nowUtc.toInstant(ZoneOffset.UTC);
        LocalDate day = now.atZone(zone).toLocalDate();
        ZonedDateTime at = at(day, zone, hour);
        if (!at.toInstant().isAfter(now)) {
            day = day.plusDays(1);
            at = at(day, zone, hour);
        }
        return new Due(utc(at), day);
    }

    /** The first weekly digest (a Monday) strictly after {@code nowUtc}. */
    public static Due nextWeekly(LocalDateTime nowUtc, ZoneId zone, int hour) {
        Instant now = nowUtc.toInstant(ZoneOffset.UTC);
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        ZonedDateTime at = at(monday, zone, hour);
        if (!at.toInstant().isAfter(now)) {
            monday = monday.plusWeeks(1);
            at = at(monday, zone, hour);
        }
        return new Due(utc(at), monday);
    }

    /** The next digest of a delivery (daily or weekly). */
    public static Due next(Delivery delivery, LocalDateTime nowUtc, ZoneId zone, int hour) {
        return switch (delivery) {
            case DAILY -> nextDaily(nowUtc, zone, hour);
            case WEEKLY -> nextWeekly(nowUtc, zone, hour);
            default -> throw new IllegalArgumentException("No digest for " + delivery);
        };
    }

    private static ZonedDateTime at(LocalDate day, ZoneId zone, int hour) {
        // ZonedDateTime.of moves a time in a gap forward by the gap's length, and takes the earlier offset in an overlap
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone);
    }

    private static LocalDateTime utc(ZonedDateTime at) {
        return LocalDateTime.ofInstant(at.toInstant(), ZoneOffset.UTC);
    }
}

package eu.clusterhub.account;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time as stored: UTC, to the microsecond (what DATETIME(6) keeps). */
final class Clock {

    private Clock() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

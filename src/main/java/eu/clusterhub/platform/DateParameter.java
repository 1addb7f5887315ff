package eu.clusterhub.platform;

import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A date request parameter (from=, to=): ISO format; a bad value is a field error. */
public final class DateParameter {

    private DateParameter() {
    }

    /** The date, or null when absent or bad (then added to {@code errors}). */
    public static LocalDate read(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Use a date as YYYY-MM-DD"));
            return null;
        }
    }
}

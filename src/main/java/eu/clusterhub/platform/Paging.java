package eu.clusterhub.platform;

import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.util.ArrayList;
import java.util.List;

/** A 1-based page and its size, read from request parameters; bad values are field errors. */
public record Paging(int page, int size) {

    public static Paging parse(String page, String size, int defaultSize, int maxSize) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = read(page, size, defaultSize, maxSize, 1_000_000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return paging;
    }

    /** For callers that check more parameters: bad values are added to their errors (and fall back to the defaults). */
    public static Paging read(String page, String size, int defaultSize, int maxSize, int maxPage, List<FieldError> errors) {
        return new Paging(number(page, "page", 1, 1, maxPage, errors), number(size, "size", defaultSize, 1, maxSize, errors));
    }

    private static int number(String text, String field, int fallback, int min, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "Use a whole number from " + min + " to " + max));
        return fallback;
    }
}

package eu.clusterhub.platform;

import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.util.ArrayList;
import java.util.List;

/** A 1-based page and its size, read from request parameters; bad values are field errors. */
public record Paging(int page, int size) {

    public static Paging parse(String page, String size, int defaultSize, int maxSize) {
        List<FieldError> errors = new ArrayList<>();
        int p = number(page, "page", 1, 1, 1_000_000, errors);
        int s = number(size, "size", defaultSize, 1, maxSize, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Paging(p, s);
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

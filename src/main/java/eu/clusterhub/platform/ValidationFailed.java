package eu.clusterhub.platform;

import java.util.List;

/**
 * Input that breaks the rules, with one message per offending field. Pages show the
 * messages next to their fields; the API answers with them as problem details.
 */
public class ValidationFailed extends Refusal {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super("Invalid input", errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Reads the API's JSON into drafts for {@link ListingRules}: numbers may come as JSON numbers
 * or strings, and a number too large for any field is reported on that field, never wrapped
 * around into a plausible one.
 */
final class ListingDrafts {

    private ListingDrafts() {
    }

    static ListingRules.OfferDraft offer(JsonValue body) {
        JsonInput in = JsonInput.of(body);
        JsonObject json = body.asJsonObject();
        return new ListingRules.OfferDraft(in.text("category"), in.text("title"), in.text("description"),
                number(json, "capacityPerWeek"), in.text("unit"), number(json, "leadTimeDays"), number(json, "minimumOrder"),
                in.texts("certifications"), countries(json, in), in.text("validUntil"), in.text("language"));
    }

    static ListingRules.NeedDraft need(JsonValue body) {
        JsonInput in = JsonInput.of(body);
        JsonObject json = body.asJsonObject();
        return new ListingRules.NeedDraft(in.text("category"), in.text("title"), in.text("description"),
                number(json, "quantity"), in.text("unit"), in.text("neededBy"), in.text("country"), in.text("region"),
                in.texts("certifications"), in.text("language"));
    }

    static Long version(JsonValue body) {
        return JsonInput.of(body).number("version");
    }

    /** "countries": ["IT", "AT"], or "EU" / ["EU"] / absent for all of the EU/EEA. */
    private static List<String> countries(JsonObject json, JsonInput in) {
        JsonValue value = json.get("countries");
        if (value instanceof JsonString single) {
            return List.of(single.getString());
        }
        return in.texts("countries");
    }

    /** The number as text, for the rules to check its range; "x" for what is not a whole number. */
    private static String number(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            try {
                return Long.toString(number.bigDecimalValue().longValueExact());
            } catch (ArithmeticException e) {
                throw ValidationFailed.of(field, "Use a whole number, not " + number);
            }
        }
        throw ValidationFailed.of(field, "Must be a number");
    }
}

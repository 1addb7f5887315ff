package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Reads fields of a JSON request body, refusing wrong types with a field error. */
public final class JsonInput {

    private final JsonObject json;

    private JsonInput(JsonObject json) {
        this.json = json;
    }

    public static JsonInput of(JsonValue json) {
        if (json == null || json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ValidationFailed.of("body", "Send a JSON object");
        }
        return new JsonInput(json.asJsonObject());
    }

    /** A string field, or null when absent or null. */
    public String text(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ValidationFailed.of(field, "Must be a string");
        }
        return json.getString(field);
    }

    public Long number(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !json.getJsonNumber(field).isIntegral()) {
            throw ValidationFailed.of(field, "Must be a whole number");
        }
        return json.getJsonNumber(field).longValue();
    }

    public JsonInput object(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return new JsonInput(JsonValue.EMPTY_JSON_OBJECT);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ValidationFailed.of(field, "Must be an object");
        }
        return new JsonInput(value.asJsonObject());
    }

    public boolean flag(String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }
}

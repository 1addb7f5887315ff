package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

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

    /** A list of strings; empty when absent or null. */
    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array(field)) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw ValidationFailed.of(field, "Must be a list of strings");
            }
            texts.add(((JsonString) item).getString());
        }
        return texts;
    }

    /** A list of objects; empty when absent or null. */
    public List<JsonInput> objects(String field) {
        List<JsonInput> objects = new ArrayList<>();
        for (JsonValue item : array(field)) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationFailed.of(field, "Must be a list of objects");
            }
            objects.add(new JsonInput(item.asJsonObject()));
        }
        return objects;
    }

    private List<JsonValue> array(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ValidationFailed.of(field, "Must be a list");
        }
        return value.asJsonArray();
    }

    public boolean has(String field) {
        return json.containsKey(field);
    }

    public boolean flag(String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }
}

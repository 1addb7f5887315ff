package eu.clusterhub.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON builders from one JSON-P provider, looked up once. The static methods of
 * jakarta.json.Json look the provider up on every call (a service-loader scan of the
 * class path), which made a thread of 50 posts cost more in lookups than in data.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }

    public static JsonNumber value(long number) {
        return PROVIDER.createValue(number);
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}

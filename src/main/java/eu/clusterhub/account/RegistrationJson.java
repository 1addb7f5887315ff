package eu.clusterhub.account;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Reads a registration from an API request body. */
final class RegistrationJson {

    private RegistrationJson() {
    }

    /**
     * Registering through the API accepts the terms of use and the privacy notice, as the API
     * documentation says; an explicit {@code "acceptTerms": false} is refused.
     */
    static Registration read(JsonValue body) {
        JsonInput json = JsonInput.of(body);
        JsonObject object = body.asJsonObject();
        JsonInput organisation = json.object("organisation");
        boolean refused = object.containsKey("acceptTerms") && object.get("acceptTerms") == JsonValue.FALSE;
        if (refused) {
            throw ValidationFailed.of("acceptTerms", "The terms of use and the privacy notice must be accepted");
        }
        return new Registration(json.text("email"), json.text("password"), json.text("displayName"),
                organisation.text("name"), organisation.text("kind"), organisation.text("country"),
                organisation.text("sector"), true);
    }
}

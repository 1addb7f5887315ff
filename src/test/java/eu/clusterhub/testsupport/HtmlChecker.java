package eu.clusterhub.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu Html Checker (the W3C's HTML5 validator), run in-process and offline. */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The checker's errors for an HTML document, each as "line N: message"; empty when valid. */
    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            JsonObject json = jakarta.json.Json.createReader(new StringReader(report)).readObject();
            return json.getJsonArray("messages").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(message -> "error".equals(message.getString("type", ""))
                            || "fatal".equals(message.getString("subType", "")))
                    .map(message -> "line " + message.getInt("lastLine", 0) + ": " + message.getString("message", ""))
                    .toList();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The HTML checker failed: " + e.getMessage(), e);
        }
    }
}

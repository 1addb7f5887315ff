package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /api/markdown/preview {markdown} → {html}: the live preview of the writing forms,
 * rendered and sanitized exactly as the text will be when it is saved. Stores nothing, so
 * anyone may call it; the size limit is that of the longest text the site takes.
 */
@Path("markdown/preview")
public class PreviewResource {

    static final int MAX_LENGTH = 50_000;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject preview(JsonValue body) {
        String markdown = JsonInput.of(body).text("markdown");
        if (markdown == null) {
            throw ValidationFailed.of("markdown", "Send the text to preview");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw ValidationFailed.of("markdown", "Use at most " + MAX_LENGTH + " characters (this has " + markdown.length() + ")");
        }
        return Jsons.object().add("html", Markdown.toSafeHtml(markdown)).build();
    }
}

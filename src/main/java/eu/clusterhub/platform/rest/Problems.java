package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Problem details (RFC 9457, application/problem+json) for API errors. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The problem when the database does not answer (see DatabaseUnavailable), whichever layer notices. */
    public static final String UNAVAILABLE_TITLE = "Temporarily unavailable";
    public static final String UNAVAILABLE_DETAIL = "The portal cannot reach its database; try again shortly";

    private Problems() {
    }

    public static JsonObject body(int status, String title, String detail, List<ValidationFailed.FieldError> errors) {
        JsonObjectBuilder problem = Jsons.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            problem.add("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.array();
            errors.forEach(e -> list.add(Jsons.object().add("field", e.field()).add("message", e.message())));
            problem.add("errors", list);
        }
        return problem.build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<ValidationFailed.FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, title, detail, errors).toString()).build();
    }

    /** For code that runs before JAX-RS, such as the authentication mechanism. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, title, detail, List.of()).toString());
    }
}

package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into problem details with the right
 * status. Unexpected ones become a 500 that says nothing about the internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ValidationFailed invalid) {
            return Problems.response(400, "Invalid input", "Some fields need correcting", invalid.errors());
        }
        if (e instanceof NotAuthenticated) {
            return Response.fromResponse(Problems.response(401, "Not signed in", e.getMessage()))
                    .header("WWW-Authenticate", "Bearer").build();
        }
        if (e instanceof Forbidden) {
            return Problems.response(403, "Forbidden", e.getMessage());
        }
        if (e instanceof NotFound) {
            return Problems.response(404, "Not found", e.getMessage());
        }
        if (e instanceof JsonException || e instanceof JsonbException) {
            return Problems.response(400, "Malformed JSON", "The request body is not the JSON object this call expects");
        }
        if (e instanceof ApiException api) {
            return Problems.response(api.status(), api.title(), api.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problems.response(status.getStatusCode(), status.getReasonPhrase(), web.getMessage());
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return Problems.response(500, "Internal error", "The request failed on our side; it has been logged");
    }
}

package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.DatabaseUnavailable;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.TooManyAttempts;
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
 * status. This is the one place where the domain's refusals get their HTTP status: bad
 * input 400 (with the field errors), not signed in 401, forbidden 403, not found 404,
 * conflict 409, a body over the API's size limit 413, too many attempts 429 (with
 * Retry-After), the database not answering 503 (with Retry-After). Unexpected exceptions become a
 * 500 that says nothing about the internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Response refused = e instanceof Refusal refusal ? problem(refusal) : null;
        if (refused != null) {
            return refused;
        }
        RequestBodyLimit.BodyTooLarge tooLarge = cause(e, RequestBodyLimit.BodyTooLarge.class);
        if (tooLarge != null) { // thrown while the JSON reader pulled bytes, maybe wrapped by it
            return Problems.response(413, "Request body too large", tooLarge.getMessage());
        }
        if (e instanceof JsonException || e instanceof JsonbException) {
            return Problems.response(400, "Malformed JSON", "The request body is not the JSON object this call expects");
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problems.response(status.getStatusCode(), status.getReasonPhrase(), web.getMessage());
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.log(Level.WARNING, "API call failed: the database does not answer ({0})", e.toString());
            return with(Problems.response(503, Problems.UNAVAILABLE_TITLE, Problems.UNAVAILABLE_DETAIL),
                    "Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return Problems.response(500, "Internal error", "The request failed on our side; it has been logged");
    }

    /** The problem of a refusal; null for a kind of refusal this does not know (a bug: logged as a 500). */
    static Response problem(Refusal refusal) {
        if (refusal instanceof ValidationFailed invalid) {
            return Problems.response(400, invalid.title(), "Some fields need correcting", invalid.errors());
        }
        if (refusal instanceof NotAuthenticated) {
            return with(Problems.response(401, refusal.title(), refusal.reason()), "WWW-Authenticate", "Bearer");
        }
        if (refusal instanceof Forbidden) {
            return Problems.response(403, refusal.title(), refusal.reason());
        }
        if (refusal instanceof NotFound) {
            return Problems.response(404, refusal.title(), refusal.reason());
        }
        if (refusal instanceof Conflict) {
            return Problems.response(409, refusal.title(), refusal.reason());
        }
        if (refusal instanceof TooManyAttempts tooMany) {
            return with(Problems.response(429, refusal.title(), refusal.reason()), "Retry-After", tooMany.retryAfterSeconds());
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Response with(Response response, String header, Object value) {
        return Response.fromResponse(response).header(header, value).build();
    }
}

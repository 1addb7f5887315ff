package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Hashes;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Conditional GET for the managed lists. They change only when a content import changes a
 * row, and every row carries the hash of its entry, so the hashes together tag the list:
 * a client or shared cache that has it gets "304 Not Modified" and no body.
 */
final class ListCaching {

    /** Anyone's copy is good for a few minutes; after that, ask again with the tag. */
    private static final int MAX_AGE_SECONDS = 300;

    private ListCaching() {
    }

    static Response answer(Request request, List<String> rowHashes, Supplier<Object> body) {
        EntityTag tag = new EntityTag(Hashes.sha256(String.join(",", rowHashes)));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder reply = notModified != null ? notModified : Response.ok(body.get());
        // replaces the filter's "private": the lists are the same for everyone
        return reply.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}

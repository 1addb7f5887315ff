package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The moderators' thread tools over the API ({@link ThreadTools}):
 * <ul>
 * <li>{@code PUT /api/threads/{id}/title} {title, version?, reason?}: the renamed thread;</li>
 * <li>{@code POST /api/threads/{id}/merge} {into, version?, reason?}: the target thread, with a
 *     Location; the merged thread's addresses answer 301 there from now on;</li>
 * <li>{@code POST /api/threads/{id}/split} {postIds, title, board?, version?, reason?}: 201 with the
 *     new thread;</li>
 * <li>{@code POST /api/threads/{id}/close} {reason?} and {@code /reopen}: lock and unlock (which
 *     stay as they were) with the reason shown on the closed thread.</li>
 * </ul>
 * A root resource of its own, matched before {@link ThreadResource} for these five names only.
 */
@Path("threads/{id}/{tool: title|merge|split|close|reopen}")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadToolResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ThreadTools tools;

    @Inject
    private BoardRepository boards;

    @Inject
    private AccountRepository accounts;

    @Context
    private UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject rename(@PathParam("id") String id, @PathParam("tool") String tool, JsonValue body) {
        Account caller = me.require();
        if (!"title".equals(tool)) {
            throw new jakarta.ws.rs.NotAllowedException("POST");
        }
        JsonInput in = JsonInput.of(body);
        return json(tools.rename(PathIds.of(id, "thread"), in.text("title"), in.number("version"), in.text("reason"), caller))
                .build();
    }

    @POST
    public Response act(@PathParam("id") String id, @PathParam("tool") String tool, String text) {
        Account caller = me.require();
        long threadId = PathIds.of(id, "thread");
        // close and reopen may come without a body, like lock and unlock
        JsonValue body = text == null || text.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(text)).readValue();
        JsonInput in = JsonInput.of(body);
        return switch (tool) {
            case "merge" -> {
                ForumThread target = tools.merge(threadId, in.number("into"), in.number("version"), in.text("reason"), caller);
                yield Response.ok(json(target).add("merged", threadId).build()).location(location(target)).build();
            }
            case "split" -> {
                ForumThread split = tools.split(threadId, ids(body), in.text("title"), in.text("board"), in.number("version"),
                        in.text("reason"), caller);
                yield Response.created(location(split)).entity(json(split).build()).build();
            }
            case "close" -> Response.ok(json(tools.close(threadId, in.text("reason"), caller)).build()).build();
            case "reopen" -> Response.ok(json(tools.reopen(threadId, caller)).build()).build();
            default -> throw new jakarta.ws.rs.NotAllowedException("PUT");
        };
    }

    private JsonObjectBuilder json(ForumThread thread) {
        return ForumJson.thread(thread, accounts.byIds(Set.of(thread.getAuthorId())))
                .add("board", boards.byId(thread.getBoardId()).orElseThrow().getSlug())
                .add("postCount", thread.getPostCount());
    }

    private java.net.URI location(ForumThread thread) {
        return uri.getBaseUriBuilder().path("threads").path(Long.toString(thread.getId())).build();
    }

    /** postIds: a list of whole numbers; anything else is refused naming the field. */
    private static List<Long> ids(JsonValue body) {
        JsonValue value = body == null || body.getValueType() != JsonValue.ValueType.OBJECT ? null
                : body.asJsonObject().get("postIds");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ValidationFailed.of("postIds", "Must be a list of post ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) item).isIntegral()) {
                throw ValidationFailed.of("postIds", "Must be a list of post ids");
            }
            ids.add(((JsonNumber) item).longValue());
        }
        return ids;
    }
}

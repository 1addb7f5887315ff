package eu.clusterhub.forum;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /api/threads: a thread with a page of its posts (flat or tree order), and replies to it. */
@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    static final int POST_PAGE = 50;

    @Inject
    private CurrentAccount me;

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumService service;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ThreadModeration moderation;

    @Context
    private UriInfo uri;

    @GET
    @Path("{id}")
    public JsonObject thread(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("view") String view) {
        Account viewer = me.get().orElse(null);
        // hidden or awaiting approval: only its author and moderators see it
        ForumThread thread = repository.thread(PathIds.of(id, "thread")).filter(t -> t.isVisibleTo(viewer))
                .orElseThrow(() -> new NotFound("No such thread"));
        Paging paging = Paging.parse(page, size, POST_PAGE, 100);
        boolean tree = "tree".equals(view) || "nested".equals(view);
        if (view != null && !tree && !"flat".equals(view)) {
            throw ValidationFailed.of("view", "Use flat or tree");
        }
        List<Post> posts = repository.posts(thread.getId(), tree, paging.page(), paging.size());
        Set<Long> authorIds = new HashSet<>(posts.stream().map(Post::getAuthorId).toList());
        authorIds.add(thread.getAuthorId());
        Map<Long, Account> authors = accounts.byIds(authorIds);
        JsonArrayBuilder items = Jsons.array();
        posts.forEach(p -> items.add(ForumJson.post(p, authors, viewer)));
        Board board = boards.byId(thread.getBoardId()).orElseThrow();
        return ForumJson.thread(thread, authors)
                .add("board", board.getSlug())
                .add("acceptedPostId", thread.getAcceptedPostId() == null ? JsonValue.NULL : Jsons.value(thread.getAcceptedPostId()))
                .add("total", thread.getPostCount())
                .add("page", paging.page())
                .add("size", paging.size())
                .add("posts", items)
                .build();
    }

    @POST
    @Path("{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        long threadId = PathIds.of(id, "thread");
        JsonInput in = JsonInput.of(body);
        Post post = service.reply(threadId, in.text("body"), in.number("parentId"), in.text("language"), caller);
        return Response.created(uri.getBaseUriBuilder().path("threads").path(Long.toString(threadId))
                        .queryParam("post", post.getId()).build())
                .entity(ForumJson.post(post, Map.of(caller.getId(), caller)).build()).build();
    }

    /** {"board": "slug"}: a moderator moves the thread to another board. */
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject move(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        ForumThread thread = moderation.move(PathIds.of(id, "thread"), JsonInput.of(body).text("board"), caller);
        return ForumJson.thread(thread, accounts.byIds(Set.of(thread.getAuthorId())))
                .add("board", boards.byId(thread.getBoardId()).orElseThrow().getSlug()).build();
    }

    @POST
    @Path("{id}/{action: lock|unlock|pin|unpin}")
    public JsonObject moderate(@PathParam("id") String id, @PathParam("action") String action) {
        Account caller = me.require();
        long threadId = PathIds.of(id, "thread");
        ForumThread thread = switch (action) {
            case "lock" -> moderation.lock(threadId, true, caller);
            case "unlock" -> moderation.lock(threadId, false, caller);
            case "pin" -> moderation.pin(threadId, true, caller);
            default -> moderation.pin(threadId, false, caller);
        };
        return ForumJson.thread(thread, accounts.byIds(Set.of(thread.getAuthorId()))).build();
    }
}

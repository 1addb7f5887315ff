package eu.clusterhub.forum;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import java.util.Map;

/** /api/boards: the boards with their counts, and each board's threads; anyone reads, confirmed members start threads. */
@Path("boards")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    static final int THREAD_PAGE = 20;

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

    @Context
    private UriInfo uri;

    @GET
    public JsonArray boards() {
        Map<Long, ForumRepository.BoardStats> stats = repository.boardStats();
        JsonArrayBuilder list = Jsons.array();
        boards.listed().forEach(b -> list.add(ForumJson.board(b, stats.get(b.getId()))));
        return list.build();
    }

    @GET
    @Path("{slug}/threads")
    public JsonObject threads(@PathParam("slug") String slug, @QueryParam("type") String type, @QueryParam("tag") String tag,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        Board board = boards.bySlug(slug).orElseThrow(() -> new NotFound("No such board"));
        Paging paging = Paging.parse(page, size, THREAD_PAGE, 100);
        ThreadType threadType = null;
        if (type != null && !type.isBlank()) {
            threadType = ThreadType.parse(type).orElseThrow(() -> ValidationFailed.of("type", "Unknown thread type"));
        }
        String normalTag = tag == null || tag.isBlank() ? null : ThreadRules.normalTag(tag);
        ResultPage<ForumThread> result = repository.threads(board.getId(), threadType, normalTag, paging.page(), paging.size());
        Map<Long, Account> authors = accounts.byIds(result.items().stream().map(ForumThread::getAuthorId).toList());
        JsonArrayBuilder items = Jsons.array();
        result.items().forEach(t -> items.add(ForumJson.thread(t, authors)));
        return Jsons.object().add("total", result.total()).add("page", paging.page())
                .add("size", paging.size()).add("items", items).build();
    }

    @POST
    @Path("{slug}/threads")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("slug") String slug, JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        ForumThread thread = service.start(slug, ThreadRules.thread(in.text("title"), in.text("type"), in.texts("tags"),
                in.text("body"), in.text("language")), caller);
        return Response.created(uri.getBaseUriBuilder().path("threads").path(Long.toString(thread.getId())).build())
                .entity(ForumJson.thread(thread, Map.of(caller.getId(), caller)).build()).build();
    }
}

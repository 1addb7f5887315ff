package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The review queue for moderators: {@code GET /api/moderation/queue}, the actions
 * {@code POST /api/moderation/items/{id}/actions}, and the languages and countries a
 * moderator covers, {@code GET|PUT /api/moderation/coverage}.
 */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReviewQueue queue;

    @Inject
    private ReviewActions actions;

    @Inject
    private ModeratorCoverage coverage;

    @GET
    @Path("queue")
    public JsonObject queue(@QueryParam("reason") String reason, @QueryParam("language") String language,
                            @QueryParam("country") String country, @QueryParam("board") String board,
                            @QueryParam("kind") String kind, @QueryParam("page") String page) {
        Account caller = me.require();
        Paging paging = Paging.parse(page, null, ReviewQueue.PAGE_SIZE, ReviewQueue.PAGE_SIZE);
        ResultPage<ReviewQueue.Row> rows = queue.list(new ReviewQueue.Filter(reason, kind, language, country, board), caller,
                paging.page());
        JsonArrayBuilder items = Jsons.array();
        rows.items().forEach(r -> items.add(ModerationJson.row(r)));
        return Jsons.object().add("total", rows.total()).add("page", rows.page()).add("size", rows.size())
                .add("items", items).build();
    }

    @POST
    @Path("items/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject act(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        ModerationItem item = actions.act(PathIds.of(id, "review item"), new ReviewActions.ActionInput(in.text("action"),
                in.text("reason"), in.text("body"), in.text("until"), in.number("version")), caller);
        return ModerationJson.row(queue.row(item, false)).build();
    }

    @GET
    @Path("coverage")
    public JsonObject coverage() {
        Account caller = me.require();
        ModerationPermissions.of(caller).mayReview().check();
        return ModerationJson.coverage(coverage.of(caller.getId())).build();
    }

    @PUT
    @Path("coverage")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject setCoverage(JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        return ModerationJson.coverage(coverage.set(caller, in.texts("languages"), in.texts("countries"))).build();
    }
}

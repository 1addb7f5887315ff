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

/** {@code GET /api/moderation/queue}: the open review items, for moderators (what they cover first). */
@Path("moderation/queue")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReviewQueue queue;

    @GET
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
}

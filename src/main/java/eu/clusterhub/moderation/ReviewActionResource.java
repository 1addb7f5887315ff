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

/** {@code POST /api/moderation/items/{id}/actions}: a moderator acts on a review item (see {@link ReviewActions}). */
@Path("moderation/items")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewActionResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReviewQueue queue;

    @Inject
    private ReviewActions actions;

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject act(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        ModerationItem item = actions.act(PathIds.of(id, "review item"), new ReviewActions.ActionInput(in.text("action"),
                in.text("reason"), in.text("body"), in.text("until"), in.number("version")), caller);
        return ModerationJson.row(queue.row(item, false)).build();
    }
}

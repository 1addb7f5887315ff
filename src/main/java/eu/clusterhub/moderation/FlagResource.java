package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/flags}: a member flags a post, thread, offer, need or conversation message. */
@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private Flags flags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(JsonValue body) {
        var caller = me.require();
        JsonInput in = JsonInput.of(body);
        Flags.Flagged flagged = flags.flag(new Flags.FlagInput(in.text("targetType"), in.number("targetId"), in.text("reason"),
                in.text("note"), in.number("announcementId")), caller);
        return Response.status(Response.Status.CREATED).entity(ModerationJson.flagged(flagged).build()).build();
    }
}

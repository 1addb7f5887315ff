package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * POST /api/still-valid {"token": "..."}: what the button behind a reminder's link does, for
 * clients of the API. 200 with the listing's kind, id and new date; 400 for a missing or
 * damaged token, 404 for an unknown one, 410 for a used or expired one, 409 when the listing
 * was closed meanwhile. No sign-in: the token is the proof, as in the mail.
 */
@Path("still-valid")
@Produces(MediaType.APPLICATION_JSON)
public class StillValidResource {

    @Inject
    private StillValid stillValid;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(JsonValue body) {
        String token = JsonInput.of(body).text("token");
        try {
            StillValid.Extended done = stillValid.confirm(token);
            return Response.ok(Jsons.object().add("kind", done.kind()).add("id", done.id())
                    .add("previousDate", done.previous().toString()).add("date", done.date().toString()).build()).build();
        } catch (StillValid.LinkGone gone) {
            return Problems.response(410, gone.title(), gone.reason());
        }
    }
}

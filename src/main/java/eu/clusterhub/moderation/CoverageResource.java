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

/** {@code GET|PUT /api/moderation/coverage}: the languages and countries the calling moderator covers. */
@Path("moderation/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ModeratorCoverage coverage;

    @GET
    public JsonObject coverage() {
        Account caller = me.require();
        ModerationPermissions.of(caller).mayReview().check();
        return ModerationJson.coverage(coverage.of(caller.getId())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject setCoverage(JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        return ModerationJson.coverage(coverage.set(caller, in.texts("languages"), in.texts("countries"))).build();
    }
}

package eu.clusterhub.account;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.web.ClientAddress;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonArray;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * POST /api/tokens trades email and password for a personal API token (shown once);
 * GET lists the caller's tokens, DELETE /api/tokens/{id} revokes one.
 */
@Path("tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private SignIn signIn;

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentAccount me;

    @Inject
    private RateLimiter limiter;

    @Inject
    private ClientAddress clientAddress;

    @GET
    public JsonArray list() {
        var list = Jsons.array();
        tokens.list(me.require().getId()).forEach(token -> list.add(AccountJson.token(token)));
        return list.build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(me.require().getId(), id);
        return Response.noContent().build();
    }

    @POST
    public Response create(JsonValue body) {
        JsonInput json = JsonInput.of(body);
        String email = json.text("email");
        String password = json.text("password");
        String name = json.text("name");
        if (email == null || password == null) {
            throw ValidationFailed.of(email == null ? "email" : "password", "Required");
        }
        limiter.acquire(ApiTokens.PER_ADDRESS, clientAddress.current());
        SignIn.Result result = signIn.attempt(email, password);
        switch (result.outcome()) {
            case SUCCESS -> {
                ApiTokens.Issued issued = tokens.issue(result.account().getId(), name);
                JsonObject created = Jsons.object(AccountJson.token(issued.token()))
                        .add("token", issued.secret()).build();
                return Response.status(201).entity(created).build();
            }
            case LOCKED -> throw SignIn.lockedOut(result.lockedUntil(), LocalDateTime.now(ZoneOffset.UTC));
            case THROTTLED -> {
                long seconds = Math.max(1, Duration.between(LocalDateTime.now(ZoneOffset.UTC), result.lockedUntil()).getSeconds());
                throw new TooManyAttempts("Too many requests",
                        "Too many failed sign-ins from your address; try again in " + RateLimiter.describe(seconds), seconds);
            }
            case SUSPENDED -> throw new Forbidden("Account suspended", "This account is suspended");
            default -> throw new NotAuthenticated("Wrong email or password");
        }
    }
}

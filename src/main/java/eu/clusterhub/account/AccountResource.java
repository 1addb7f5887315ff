package eu.clusterhub.account;

import eu.clusterhub.platform.web.SiteUrl;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** POST /api/accounts: registration; the account must confirm its email before posting. */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService service;

    @Inject
    private SiteUrl siteUrl;

    @Context
    private HttpServletRequest request;

    @POST
    public Response register(JsonValue body, @Context UriInfo uri) {
        Account account = service.register(RegistrationJson.read(body), siteUrl.base(request));
        return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(AccountJson.account(account)).build();
    }
}

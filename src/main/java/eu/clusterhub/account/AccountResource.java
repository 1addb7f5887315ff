package eu.clusterhub.account;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * POST /api/accounts: registration; the account must confirm its email before posting.
 * The answer is 202 with what was submitted, the same whether the address was free (a
 * confirmation link is mailed) or taken (its holder is told by mail): the API does not say
 * who has an account.
 */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService service;

    @POST
    public Response register(JsonValue body) {
        Registration registration = RegistrationJson.read(body);
        service.register(registration);
        return Response.accepted(AccountJson.registered(registration)).build();
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/unsubscribe?token=...}: the target of every notification mail's
 * List-Unsubscribe header. Mail clients post {@code List-Unsubscribe=One-Click} to it
 * (RFC 8058), without cookies or sign-in; whatever the body, the signed token alone decides.
 * There is no GET here: a mail scanner fetching links changes nothing (people follow the
 * link in the mail's text to /unsubscribe, a page with a button).
 */
@Path("unsubscribe")
public class UnsubscribeResource {

    @Inject
    private Unsubscribe unsubscribe;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject oneClick(@QueryParam("token") String token) {
        UnsubscribeToken done = unsubscribe.apply(token);
        return Jsons.object().add("unsubscribed", done.scope()).add("message", "You will no longer receive "
                + MailText.scope(done.scope()) + ".").build();
    }
}

package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/admin/moderation/settings: what is held for approval. GET reads it (with the
 * configured defaults), PUT {approveFirstPosts?, approveOffersAndNeeds?} sets it, DELETE
 * goes back to the defaults. Admins only.
 */
@Path("admin/moderation/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationSettingsResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ApprovalSettings settings;

    @GET
    public JsonObject read() {
        ApprovalSettings.mayChange(me.require());
        return json(settings.current());
    }

    @PUT
    public JsonObject change(JsonValue body) {
        Account admin = me.require();
        ApprovalSettings.mayChange(admin);
        JsonInput in = JsonInput.of(body);
        Long firstPosts = in.number("approveFirstPosts");
        Boolean listings = null;
        if (in.has("approveOffersAndNeeds")) {
            JsonValue value = body.asJsonObject().get("approveOffersAndNeeds");
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw ValidationFailed.of("approveOffersAndNeeds", "Must be true or false");
            }
            listings = in.flag("approveOffersAndNeeds");
        }
        if (firstPosts == null && listings == null) {
            throw ValidationFailed.of("approveFirstPosts", "Send approveFirstPosts (a number) or approveOffersAndNeeds (true or false)");
        }
        if (firstPosts != null && (firstPosts < 0 || firstPosts > ApprovalSettings.MAX_FIRST_POSTS)) {
            throw ValidationFailed.of("approveFirstPosts", "Give a number from 0 (hold none) to " + ApprovalSettings.MAX_FIRST_POSTS);
        }
        return json(settings.change(firstPosts == null ? null : firstPosts.intValue(), listings, admin));
    }

    @DELETE
    public JsonObject reset() {
        return json(settings.reset(me.require()));
    }

    static JsonObject json(ApprovalSettings.Values values) {
        return Jsons.object()
                .add("approveFirstPosts", values.firstPosts())
                .add("approveOffersAndNeeds", values.offersAndNeeds())
                .add("defaults", Jsons.object().add("approveFirstPosts", values.defaultFirstPosts())
                        .add("approveOffersAndNeeds", values.defaultOffersAndNeeds()))
                .add("overridden", Jsons.object().add("approveFirstPosts", values.firstPostsSet())
                        .add("approveOffersAndNeeds", values.offersAndNeedsSet()))
                .build();
    }
}

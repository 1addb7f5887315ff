package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;

/**
 * Contact requests, from either side of a match: {@code POST /api/needs/{id}/contacts}
 * {offerId, message} and {@code POST /api/offers/{id}/contacts} {needId, message}. The first
 * request for a (need, offer) pair opens the conversation: 201 Created; a later one adds its
 * message to that conversation: 200 OK. Both answer with the conversation and the message,
 * and Location /api/conversations/{id}.
 */
@Dependent
class ContactResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ConversationService service;

    @Inject
    private ListingRepository listings;

    @Inject
    private AccountRepository accounts;

    Response fromNeed(String needId, JsonValue body, UriInfo uri) {
        Account caller = me.require();
        long id = PathIds.of(needId, "need");
        JsonInput in = JsonInput.of(body);
        return answer(service.contactFromNeed(id, in.number("offerId"), in.text("message"), caller), caller, uri);
    }

    Response fromOffer(String offerId, JsonValue body, UriInfo uri) {
        Account caller = me.require();
        long id = PathIds.of(offerId, "offer");
        JsonInput in = JsonInput.of(body);
        return answer(service.contactFromOffer(id, in.number("needId"), in.text("message"), caller), caller, uri);
    }

    private Response answer(ConversationService.Sent sent, Account caller, UriInfo uri) {
        Conversation c = sent.conversation();
        Map<Long, Account> people = accounts.byIds(Set.of(c.getNeedOwnerId(), c.getOfferOwnerId()));
        var json = ConversationJson.conversation(c, listings.need(c.getNeedId()).orElse(null),
                        listings.offer(c.getOfferId()).orElse(null), people, caller.getId(), null)
                .add("opened", sent.opened())
                .add("message", ConversationJson.message(sent.message(), people, caller.getId()));
        return Response.status(sent.opened() ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getBaseUriBuilder().path("conversations").path(Long.toString(c.getId())).build())
                .entity(json.build()).build();
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /api/conversations: the caller's conversations (inbox), a conversation's messages (reading
 * marks them read; a moderator's read is recorded), answering, and the recorded moderator
 * reads. To anyone but its members and moderators a conversation does not exist (404).
 */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ConversationService service;

    @Inject
    private ListingRepository listings;

    @Inject
    private AccountRepository accounts;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
        Account caller = me.require();
        Paging paging = Paging.parse(page, size, 20, 100);
        ResultPage<ConversationService.InboxRow> found = service.inbox(caller, paging.page(), paging.size());
        Set<Long> ids = new HashSet<>();
        found.items().forEach(r -> {
            ids.add(r.conversation().getNeedOwnerId());
            ids.add(r.conversation().getOfferOwnerId());
        });
        Map<Long, Account> people = accounts.byIds(ids);
        JsonArrayBuilder items = Jsons.array();
        found.items().forEach(r -> items.add(ConversationJson.conversation(r.conversation(), r.need(), r.offer(), people,
                caller.getId(), r.unread())));
        return Jsons.object().add("total", found.total()).add("page", found.page()).add("size", found.size())
                .add("unreadTotal", service.unreadTotal(caller)).add("items", items).build();
    }

    @GET
    @Path("{id}/messages")
    public JsonObject messages(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Account caller = me.require();
        long conversationId = PathIds.of(id, "conversation");
        Paging paging = Paging.parse(page, size, 50, 100);
        ConversationService.Read read = service.read(conversationId, paging.page(), paging.size(), caller);
        Conversation c = read.conversation();
        Set<Long> ids = new HashSet<>(List.of(c.getNeedOwnerId(), c.getOfferOwnerId()));
        read.messages().forEach(m -> ids.add(m.getAuthorId()));
        Map<Long, Account> people = accounts.byIds(ids);
        JsonArrayBuilder items = Jsons.array();
        read.messages().forEach(m -> items.add(ConversationJson.message(m, people, caller.getId())));
        return Jsons.object()
                .add("conversation", ConversationJson.conversation(c, listings.need(c.getNeedId()).orElse(null),
                        listings.offer(c.getOfferId()).orElse(null), people, caller.getId(), null))
                .add("readRecorded", read.asModerator())
                .add("total", c.getMessageCount()).add("page", read.page()).add("size", read.size())
                .add("items", items).build();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        long conversationId = PathIds.of(id, "conversation");
        String text = JsonInput.of(body).text("message");
        ConversationMessage written = service.reply(conversationId, text, caller);
        return Response.created(uri.getBaseUriBuilder().path("conversations").path(Long.toString(conversationId))
                        .path("messages").build())
                .entity(ConversationJson.message(written, accounts.byIds(Set.of(caller.getId())), caller.getId()).build())
                .build();
    }

    @GET
    @Path("{id}/accesses")
    public JsonObject accesses(@PathParam("id") String id) {
        Account caller = me.require();
        List<ConversationAccess> found = service.accesses(PathIds.of(id, "conversation"), caller);
        Set<Long> moderators = new HashSet<>();
        found.forEach(a -> moderators.add(a.getModeratorId()));
        Map<Long, Account> people = accounts.byIds(moderators);
        JsonArrayBuilder items = Jsons.array();
        found.forEach(a -> items.add(Jsons.object().add("moderator", ListingJson.owner(people.get(a.getModeratorId()),
                a.getModeratorId())).add("readAt", ListingJson.time(a.getReadAt()))));
        return Jsons.object().add("total", found.size()).add("items", items).build();
    }
}

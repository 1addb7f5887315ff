package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /conversations/{id}: a conversation's messages (the last page unless ?page= says otherwise)
 * and the reply form for its members. A moderator who is not a member reads it without a
 * form, told that the read is recorded; to anyone else it is a 404 like an unknown id.
 */
@Named
@RequestScoped
public class ConversationView {

    static final int PAGE_SIZE = 30;
    private static final Map<String, String> INPUTS = Map.of("message", "reply:message");

    @Inject
    private ConversationService service;

    @Inject
    private ListingRepository listings;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentAccount me;

    private ConversationService.Read read;
    private boolean missing;
    private Map<Long, Account> people;
    private Need need;
    private Offer offer;
    private String message;

    /** View action: 404 for a conversation the caller may not see (or that does not exist). */
    public void load() {
        if (getRead() == null) {
            HttpErrors.send(404, "No such conversation");
        }
    }

    public ConversationService.Read getRead() {
        if (read == null && !missing) {
            Long id = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
            Long page = QueryParameter.id("page");
            try {
                read = id == null ? null : service.read(id, page == null || page > 100_000 ? 0 : page.intValue(), PAGE_SIZE,
                        me.require());
            } catch (NotFound e) {
                read = null;
            }
            missing = read == null;
        }
        return read;
    }

    public Conversation getConversation() {
        return getRead().conversation();
    }

    public List<ConversationMessage> getMessages() {
        return getRead().messages();
    }

    public Account person(long id) {
        if (people == null) {
            Conversation c = getConversation();
            Set<Long> ids = new HashSet<>(List.of(c.getNeedOwnerId(), c.getOfferOwnerId()));
            getMessages().forEach(m -> ids.add(m.getAuthorId()));
            people = accounts.byIds(ids);
        }
        return people.get(id);
    }

    public Need getNeed() {
        if (need == null) {
            need = listings.need(getConversation().getNeedId()).orElse(null);
        }
        return need;
    }

    public Offer getOffer() {
        if (offer == null) {
            offer = listings.offer(getConversation().getOfferId()).orElse(null);
        }
        return offer;
    }

    public boolean isMember() {
        return getConversation().isMember(me.require().getId());
    }

    /** A message hidden (or awaiting approval) shows its text only to its author and moderators. */
    public boolean isShown(ConversationMessage m) {
        return m.isVisibleTo(me.getAccount());
    }

    public boolean isMine(ConversationMessage m) {
        return m.getAuthorId() == me.require().getId();
    }

    /** The other member, for a member; null for a moderator. */
    public Account getOtherParty() {
        return isMember() ? person(getConversation().otherMember(me.require().getId())) : null;
    }

    public boolean isNeedOwner() {
        return getConversation().getNeedOwnerId() == me.require().getId();
    }

    private Permission write() {
        Conversation c = getConversation();
        return MatchmakingPermissions.of(me.getAccount()).mayWrite(c.getNeedOwnerId(), c.getOfferOwnerId());
    }

    public boolean isMayWrite() {
        return getRead() != null && write().isGranted();
    }

    /** Why a member may not write (e.g. the email is not confirmed yet), or null. */
    public String getWriteRefusal() {
        Permission write = write();
        return write.isGranted() || !isMember() ? null : write.refusal().reason();
    }

    public void send() {
        long id = getConversation().getId();
        FacesMessages.attempt(INPUTS, () -> {
            service.reply(id, message, me.require());
            HttpErrors.redirect("/conversations/" + id + "#latest");
        });
    }

    public String pageUrl(int page) {
        return "/conversations/" + getConversation().getId() + "?page=" + page;
    }

    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * /contact?need={id}&amp;offer={id}: the contact request form reached from a match. It works
 * from either side: the caller owns the need (and writes to the offer's owner) or the offer
 * (and writes to the need's owner); {@link MatchmakingPermissions#mayContact} decides, and a
 * refusal is shown on the page instead of the send button. The ids travel in the query string
 * and, on the post, in hidden fields of the same names.
 */
@Named
@RequestScoped
public class ContactView {

    private static final Map<String, String> INPUTS = Map.of("message", "contact:message");

    @Inject
    private ListingRepository listings;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private ConversationService service;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentAccount me;

    private Need need;
    private Offer offer;
    private boolean looked;
    private String message;

    public void load() {
        me.require();
        if (getNeed() == null || getOffer() == null) {
            HttpErrors.send(404, "No such need or offer");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            Permission contact = permission();
            if (!contact.isGranted()) {
                FacesMessages.refused(contact.refusal());
            }
        }
    }

    private void look() {
        if (!looked) {
            looked = true;
            Long needId = QueryParameter.id("need");
            Long offerId = QueryParameter.id("offer");
            need = needId == null ? null : listings.need(needId).orElse(null);
            offer = offerId == null ? null : listings.offer(offerId).orElse(null);
        }
    }

    public Need getNeed() {
        look();
        return need;
    }

    public Offer getOffer() {
        look();
        return offer;
    }

    /** Whether the caller writes as the need's owner (else as the offer's). */
    public boolean isFromNeed() {
        return getNeed().getOwnerId() == me.require().getId();
    }

    private Permission permission() {
        MatchmakingPermissions may = MatchmakingPermissions.of(me.getAccount());
        if (isFromNeed()) {
            return may.mayContact(need.getOwnerId(), ConversationService.isOpen(need), offer.getOwnerId(),
                    ConversationService.isOpen(offer));
        }
        return may.mayContact(offer.getOwnerId(), ConversationService.isOpen(offer), need.getOwnerId(),
                ConversationService.isOpen(need));
    }

    public boolean isMayContact() {
        return getNeed() != null && getOffer() != null && permission().isGranted();
    }

    /** The owner of the other side's listing, whom the message goes to. */
    public Account getRecipient() {
        long id = isFromNeed() ? getOffer().getOwnerId() : getNeed().getOwnerId();
        return accounts.byId(id).orElse(null);
    }

    /** The conversation these two already have, if any: a new message is added to it. */
    public Conversation getExisting() {
        return conversations.byPair(getNeed().getId(), getOffer().getId()).orElse(null);
    }

    public void send() {
        FacesMessages.attempt(INPUTS, () -> {
            ConversationService.Sent sent = isFromNeed()
                    ? service.contactFromNeed(need.getId(), offer.getId(), message, me.require())
                    : service.contactFromOffer(offer.getId(), need.getId(), message, me.require());
            HttpErrors.redirect("/conversations/" + sent.conversation().getId() + "#latest");
        });
    }

    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}

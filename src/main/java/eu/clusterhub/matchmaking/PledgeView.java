package eu.clusterhub.matchmaking;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /pledges/{needId}: a need's pledges and its coverage bar; for the need's owner, the form to
 * record a pledge, the supplier chosen among the offers they are in conversation with about
 * this need, or given by the offer's number.
 */
@Named
@RequestScoped
public class PledgeView {

    private static final Map<String, String> INPUTS = Map.of("offerId", "pledge:offer", "quantity", "pledge:quantity",
            "date", "pledge:date");

    @Inject
    private ListingRepository listings;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private PledgeService service;

    @Inject
    private CurrentAccount me;

    private Need need;
    private boolean looked;
    private List<PledgeService.PledgeRow> pledges;
    private String offerChoice;
    private String offerNumber;
    private String quantity;
    private String date;

    public void load() {
        me.require();
        if (getNeed() == null) {
            HttpErrors.send(404, "No such need");
        }
    }

    public Need getNeed() {
        if (!looked) {
            looked = true;
            need = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                    .flatMap(id -> listings.need(Long.parseLong(id))).orElse(null);
        }
        return need;
    }

    public List<PledgeService.PledgeRow> getPledges() {
        if (pledges == null) {
            pledges = service.pledges(getNeed().getId());
        }
        return pledges;
    }

    private Permission pledge() {
        return MatchmakingPermissions.of(me.getAccount()).mayPledge(getNeed());
    }

    public boolean isMayPledge() {
        return getNeed() != null && pledge().isGranted();
    }

    public boolean isOwner() {
        return getNeed() != null && getNeed().getOwnerId() == me.require().getId();
    }

    /** The offers of the conversations about this need, by number, labelled with their titles. */
    public Map<String, String> getOfferChoices() {
        List<Conversation> about = conversations.ofNeed(getNeed().getId());
        List<Long> ids = new ArrayList<>();
        about.forEach(c -> ids.add(c.getOfferId()));
        Map<String, String> choices = new LinkedHashMap<>();
        listings.offers(ids).forEach(o -> choices.put("#" + o.getId() + " " + o.getTitle(), Long.toString(o.getId())));
        return choices;
    }

    public void record() {
        long needId = getNeed().getId();
        FacesMessages.attempt(INPUTS, () -> {
            service.record(needId, offerId(), quantity, date, me.require());
            HttpErrors.redirect("/pledges/" + needId + "#coverage");
        });
    }

    /** The typed offer number wins over the choice; text that is not a number is a field error. */
    private Long offerId() {
        String text = offerNumber != null && !offerNumber.isBlank() ? offerNumber.strip().replaceFirst("^#", "") : offerChoice;
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw ValidationFailed.of("offerId", "Use the offer's number, e.g. 42");
        }
        return Long.valueOf(text);
    }

    public String getOfferChoice() { return offerChoice; }
    public void setOfferChoice(String offerChoice) { this.offerChoice = offerChoice; }
    public String getOfferNumber() { return offerNumber; }
    public void setOfferNumber(String offerNumber) { this.offerNumber = offerNumber; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
}

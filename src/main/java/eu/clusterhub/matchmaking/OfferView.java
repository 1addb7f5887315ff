package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /offers/{id}: the offer, and the needs it can serve, ranked with their reasons; its owner contacts a buyer from a match. */
@Named
@RequestScoped
public class OfferView {

    @Inject
    private ListingRepository listings;

    @Inject
    private Matching matching;

    @Inject
    private Catalogue catalogue;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentAccount me;

    private Offer offer;
    private Account owner;
    private List<MatchRow> matches;
    private int matchCount;

    public void load() {
        if (getOffer() == null) {
            HttpErrors.send(404, "No such offer");
        }
    }

    public Offer getOffer() {
        if (offer == null) {
            offer = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}")).map(Long::valueOf)
                    .flatMap(listings::offer)
                    // hidden or awaiting approval: a 404 to all but its owner and moderators
                    .filter(l -> l.isVisibleTo(me.getAccount())).orElse(null);
        }
        return offer;
    }

    /** What the owner (or a moderator) is told about a listing hidden or awaiting approval, or "". */
    public String getModerationNotice() {
        return getOffer().getModeration().noticeFor(getOffer().getModerationReason());
    }

    public Account getOwner() {
        if (owner == null && getOffer() != null) {
            owner = accounts.byId(offer.getOwnerId()).orElse(null);
        }
        return owner;
    }

    public List<String> getFacts() {
        return new ListingFacts(catalogue.now()).of(getOffer());
    }

    public List<MatchRow> getMatches() {
        if (matches == null) {
            Matching.OfferMatches found = matching.forOffer(getOffer().getId(), OfferService.today());
            matchCount = found.matches().size();
            List<Matching.Match> shown = found.matches().subList(0, Math.min(NeedView.SHOWN_MATCHES, matchCount));
            Set<Long> ids = new HashSet<>();
            shown.forEach(m -> ids.add(m.listingId()));
            Map<Long, Need> needs = new HashMap<>();
            listings.needs(ids).forEach(n -> needs.put(n.getId(), n));
            Map<Long, Account> owners = accounts.byIds(Listing.ownerIds(needs.values()));
            ListingFacts facts = new ListingFacts(catalogue.now());
            boolean mayContact = getMayContact();
            matches = new ArrayList<>();
            for (Matching.Match m : shown) {
                Need need = needs.get(m.listingId());
                matches.add(new MatchRow(need.getId(), need.getTitle(), "/needs/" + need.getId(), owners.get(need.getOwnerId()),
                        m.coverage().percent(), m.score(), m.reasons(), facts.of(need),
                        mayContact ? "/contact?need=" + need.getId() + "&offer=" + offer.getId() : null));
            }
        }
        return matches;
    }

    public int getMatchCount() {
        getMatches();
        return matchCount;
    }

    private MatchmakingPermissions may() {
        return MatchmakingPermissions.of(me.getAccount());
    }

    public boolean isMine() {
        return may().isOwner(getOffer().getOwnerId());
    }

    public boolean getMayEdit() {
        return may().mayEdit(getOffer()).isGranted();
    }

    /** Contact requests go from the reader's own open offer. */
    public boolean getMayContact() {
        return isMine() && may().mayPublish().isGranted() && getOffer().getStatus() == OfferStatus.OPEN;
    }
}

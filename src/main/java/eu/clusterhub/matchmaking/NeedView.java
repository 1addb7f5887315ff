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

/**
 * /needs/{id}: the need with its coverage, and the offers that can serve it, ranked with
 * their reasons; its owner contacts a supplier from a match. When no single offer covers
 * the need, the fewest offers that together do are named.
 */
@Named
@RequestScoped
public class NeedView {

    static final int SHOWN_MATCHES = 20;

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

    private Need need;
    private Account owner;
    private List<MatchRow> matches;
    private Matching.NeedMatches found;
    private Map<Long, Offer> offers = Map.of();

    public void load() {
        if (getNeed() == null) {
            HttpErrors.send(404, "No such need");
        }
    }

    public Need getNeed() {
        if (need == null) {
            need = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}")).map(Long::valueOf)
                    .flatMap(listings::need)
                    // hidden or awaiting approval: a 404 to all but its owner and moderators
                    .filter(l -> l.isVisibleTo(me.getAccount())).orElse(null);
        }
        return need;
    }

    /** What the owner (or a moderator) is told about a listing hidden or awaiting approval, or "". */
    public String getModerationNotice() {
        return getNeed().getModeration().noticeFor(getNeed().getModerationReason());
    }

    public Account getOwner() {
        if (owner == null && getNeed() != null) {
            owner = accounts.byId(need.getOwnerId()).orElse(null);
        }
        return owner;
    }

    public List<String> getFacts() {
        return new ListingFacts(catalogue.now()).of(getNeed());
    }

    public String getCategoryName() {
        return catalogue.now().category(getNeed().getCategoryId()).getName();
    }

    public List<MatchRow> getMatches() {
        if (matches == null) {
            found = matching.forNeed(getNeed().getId(), OfferService.today());
            List<Matching.Match> shown = found.matches().subList(0, Math.min(SHOWN_MATCHES, found.matches().size()));
            Set<Long> ids = new HashSet<>();
            shown.forEach(m -> ids.add(m.listingId()));
            found.combination().offers().forEach(m -> ids.add(m.listingId()));
            offers = new HashMap<>();
            listings.offers(ids).forEach(o -> offers.put(o.getId(), o));
            Map<Long, Account> owners = accounts.byIds(Listing.ownerIds(offers.values()));
            ListingFacts facts = new ListingFacts(catalogue.now());
            boolean mayContact = getMayContact();
            matches = new ArrayList<>();
            for (Matching.Match m : shown) {
                Offer offer = offers.get(m.listingId());
                matches.add(new MatchRow(offer.getId(), offer.getTitle(), "/offers/" + offer.getId(), owners.get(offer.getOwnerId()),
                        m.coverage().percent(), m.score(), m.reasons(), facts.of(offer),
                        mayContact ? "/contact?need=" + need.getId() + "&offer=" + offer.getId() : null));
            }
        }
        return matches;
    }

    public int getMatchCount() {
        getMatches();
        return found.matches().size();
    }

    /** The fewest offers that cover the need together, when one alone does not; empty otherwise. */
    public List<Offer> getCombination() {
        getMatches();
        OfferCombination<Matching.Match> combination = found.combination();
        if (combination.offers().size() < 2) {
            return List.of();
        }
        return combination.offers().stream().map(m -> offers.get(m.listingId())).toList();
    }

    public int getCombinationPercent() {
        getMatches();
        return (int) Math.floor(found.combination().share() * 100);
    }

    private MatchmakingPermissions may() {
        return MatchmakingPermissions.of(me.getAccount());
    }

    public boolean isMine() {
        return may().isOwner(getNeed().getOwnerId());
    }

    public boolean getMayEdit() {
        return may().mayEdit(getNeed()).isGranted();
    }

    /** Contact requests go from the reader's own active need. */
    public boolean getMayContact() {
        return isMine() && may().mayPublish().isGranted() && getNeed().getStatus().isActive();
    }

    public boolean getMayPledge() {
        return may().mayPledge(getNeed()).isGranted();
    }
}

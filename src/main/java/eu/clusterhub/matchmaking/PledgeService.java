package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Organisation;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Pledges: the need's owner records what a supplier (one of their offers) pledged; the need's
 * sum and status (partly covered, covered) follow, under a lock on the need's row so that
 * pledges recorded at the same moment add up exactly. Anyone may read the pledges of a need.
 */
@ApplicationScoped
@Transactional
public class PledgeService {

    private static final Logger LOG = Logger.getLogger(PledgeService.class.getName());

    @Inject
    private ListingRepository listings;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private SearchOutbox searchOutbox;

    /** A recorded pledge and the need it changed. */
    public record Recorded(Pledge pledge, Need need) {
    }

    /** A pledge as the public list shows it: with the supplier's offer and organisation. */
    public record PledgeRow(Pledge pledge, Offer offer, Organisation supplier) {
    }

    public Recorded record(long needId, Long offerId, String quantity, String date, Account caller) {
        Need need = listings.needForUpdate(needId).orElseThrow(() -> new NotFound("No such need"));
        MatchmakingPermissions.of(caller).mayPledge(need).check();
        ConversationRules.PledgeInput input = ConversationRules.pledge(offerId, quantity, date, OfferService.today());
        Offer offer = listings.offer(input.offerId()).orElseThrow(() -> new NotFound("No such offer"));
        if (offer.getOwnerId() == need.getOwnerId()) {
            throw new Conflict("Own listing", "This offer is yours: record pledges of other organisations' offers");
        }
        Pledge pledge = new Pledge(needId, offer.getId(), input.quantity(), input.date(), caller.getId(), OfferService.now());
        conversations.add(pledge);
        NeedStatus before = need.getStatus();
        need.pledge(input.quantity(), OfferService.now());
        if (need.getStatus() != before) {
            searchOutbox.need(needId);
        }
        EventLog.info(LOG, "pledge.recorded", "id=" + pledge.getId() + " need=" + needId + " offer=" + offer.getId()
                + " quantity=" + input.quantity() + " by=" + caller.getId());
        return new Recorded(pledge, need);
    }

    /** The pledges against a need, oldest first, with their offers and organisations (three queries, however many). */
    public List<PledgeRow> pledges(long needId) {
        listings.need(needId).orElseThrow(() -> new NotFound("No such need"));
        List<Pledge> pledges = conversations.pledges(needId);
        Map<Long, Offer> offers = listings.offers(pledges.stream().map(Pledge::getOfferId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Offer::getId, Function.identity()));
        Set<Long> organisationIds = new HashSet<>();
        offers.values().forEach(o -> {
            if (o.getOrganisationId() != null) {
                organisationIds.add(o.getOrganisationId());
            }
        });
        Map<Long, Organisation> organisations = conversations.organisations(organisationIds);
        return pledges.stream().map(p -> {
            Offer offer = offers.get(p.getOfferId());
            return new PledgeRow(p, offer, offer == null || offer.getOrganisationId() == null ? null
                    : organisations.get(offer.getOrganisationId()));
        }).toList();
    }
}

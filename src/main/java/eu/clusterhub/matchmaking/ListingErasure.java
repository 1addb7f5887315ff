package eu.clusterhub.matchmaking;

import eu.clusterhub.account.AccountErased;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * When a member's account is erased, their open offers and needs close in the same
 * transaction: no one should send contact requests to an account that is gone. The listings
 * stay (with "Deleted user" as owner) for the other side's conversations and pledges, and go
 * to the index again, which then drops them and the organisation's name.
 */
@ApplicationScoped
public class ListingErasure {

    @Inject
    private ListingRepository listings;

    @Inject
    private SearchOutbox searchOutbox;

    void onErased(@Observes AccountErased erased) {
        LocalDateTime now = ListingRepository.now();
        for (Offer offer : listings.offersOf(erased.accountId())) {
            if (offer.getStatus() != OfferStatus.CLOSED) {
                offer.changeStatus(OfferStatus.CLOSED, now);
            }
            searchOutbox.offer(offer.getId());
        }
        for (Need need : listings.needsOf(erased.accountId())) {
            if (need.getStatus().isActive() || need.getStatus() == NeedStatus.COVERED) {
                need.close(NeedStatus.CLOSED, now);
            }
            searchOutbox.need(need.getId());
        }
    }
}

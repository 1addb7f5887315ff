package eu.clusterhub.matchmaking;

import eu.clusterhub.forum.ThreadCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The card of an offer or need on top of its discussion thread, on the "I can help" and "I need help" boards. */
@ApplicationScoped
public class ListingThreadCards implements ThreadCards {

    @Inject
    private ListingRepository listings;

    @Inject
    private Catalogue catalogue;

    @Override
    public Optional<Card> cardFor(long threadId, String boardSlug) {
        // threads on other boards have no listing: no query for them
        if (ListingThreads.OFFER_BOARD.equals(boardSlug)) {
            return listings.offerByThread(threadId).map(this::card);
        }
        if (ListingThreads.NEED_BOARD.equals(boardSlug)) {
            return listings.needByThread(threadId).map(this::card);
        }
        return Optional.empty();
    }

    private Card card(Offer offer) {
        ListingFacts facts = new ListingFacts(catalogue.now());
        return new Card("Offer", offer.getTitle(), offer.getStatus().code(), facts.of(offer), "/offers/" + offer.getId(),
                "See the offer and the needs it can serve", "offer:" + offer.getId() + ":" + offer.getVersion());
    }

    private Card card(Need need) {
        ListingFacts facts = new ListingFacts(catalogue.now());
        return new Card("Need", need.getTitle(), need.getStatus().code(), facts.of(need), "/needs/" + need.getId(),
                "See the need and the offers that can serve it", "need:" + need.getId() + ":" + need.getVersion());
    }
}

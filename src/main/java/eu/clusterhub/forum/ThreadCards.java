package eu.clusterhub.forum;

import java.util.List;
import java.util.Optional;

/**
 * A card another feature shows on top of a thread it started, e.g. the offer or need a
 * thread discusses: the forum asks every implementation and shows the first card found,
 * without knowing the features that provide them.
 */
public interface ThreadCards {

    /**
     * @param kind    what the card shows, e.g. "Offer"
     * @param facts   short lines, e.g. "5,000 pieces a week", shown as a list
     * @param link    where the whole thing is, from the site's root, e.g. /offers/12
     * @param version changes whenever the card would: part of the thread page's entity tag
     */
    record Card(String kind, String title, String status, List<String> facts, String link, String linkLabel, String version) {
    }

    /** The card of a thread on a board, if this feature has one. Called on every thread page: cheap when not. */
    Optional<Card> cardFor(long threadId, String boardSlug);
}

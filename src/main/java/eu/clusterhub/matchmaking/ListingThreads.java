package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.forum.ForumService;
import eu.clusterhub.forum.ThreadRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every offer and need gets its public discussion thread on the matching board, started in
 * the same transaction: public questions stay public, and the board shows the listing's card
 * on top of the thread. Offers go to "I can help", needs to "I need help".
 */
@ApplicationScoped
class ListingThreads {

    static final String OFFER_BOARD = "i-can-help";
    static final String NEED_BOARD = "i-need-help";

    @Inject
    private ForumService forum;

    long startFor(Offer offer, ProductCategory category, Account owner) {
        String body = "Offer of **" + category.getName() + "**: ask the supplier here in public, or contact them privately "
                + "from [the offer's page](/offers/" + offer.getId() + ").\n\n" + offer.getDescriptionMarkdown();
        return forum.startForListing(OFFER_BOARD, ThreadRules.thread(offer.getTitle(), "offer", tags(category), clip(body),
                offer.getLanguage()), owner).getId();
    }

    long startFor(Need need, ProductCategory category, Account owner) {
        String body = "Need for **" + category.getName() + "**: suggest solutions here in public, or offer capacity privately "
                + "from [the need's page](/needs/" + need.getId() + ").\n\n" + need.getDescriptionMarkdown();
        return forum.startForListing(NEED_BOARD, ThreadRules.thread(need.getTitle(), "request", tags(category), clip(body),
                need.getLanguage()), owner).getId();
    }

    private static List<String> tags(ProductCategory category) {
        String tag = ThreadRules.normalTag(category.getSlug());
        return tag.length() <= 40 ? List.of(tag) : List.of();
    }

    /** A post holds less than a description may: the thread links to the listing for the rest. */
    private static String clip(String body) {
        return body.length() <= 19_000 ? body : body.substring(0, 19_000) + "…";
    }
}

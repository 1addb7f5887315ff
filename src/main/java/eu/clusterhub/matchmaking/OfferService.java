package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.StaleVersion;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import eu.clusterhub.platform.ContentWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Publishing, editing, pausing and closing offers, as {@link MatchmakingPermissions} allows.
 * An offer is published with its discussion thread in one transaction; every edit keeps
 * the previous version as a revision and refuses a stale version (two tabs, two colleagues).
 */
@ApplicationScoped
@Transactional
public class OfferService {

    private static final Logger LOG = Logger.getLogger(OfferService.class.getName());

    @Inject
    private Event<StaffActionTaken> staffActions;

    @Inject
    private ListingRepository listings;

    @Inject
    private Catalogue catalogue;

    @Inject
    private ListingThreads threads;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private Event<ContentWritten> written;

    @Inject
    private ListingNotifications notifications;

    public Offer publish(ListingRules.OfferDraft draft, Account caller) {
        MatchmakingPermissions.of(caller).mayPublish().check();
        Catalogue.Snapshot lists = catalogue.now();
        ListingRules.OfferInput input = ListingRules.offer(draft, lists.lookup(), today());
        Offer offer = new Offer(caller.getId(), caller.getOrganisation().getId(), input, now());
        listings.add(offer);
        offer.attachThread(threads.startFor(offer, input.category(), caller));
        written.fire(new ContentWritten("offer", offer.getId(), caller.getId(), offer.getDescriptionMarkdown()));
        searchOutbox.offer(offer.getId());
        notifications.published(offer, today());
        EventLog.info(LOG, "offer.published", "id=" + offer.getId() + " category=" + input.category().getSlug()
                + " by=" + caller.getId());
        return offer;
    }

    /** A new version of every field; {@code status} may pause or reopen the offer (null keeps it). */
    public Offer edit(long id, Long expectedVersion, ListingRules.OfferDraft draft, String status, Account caller) {
        Offer offer = listings.offer(id).orElseThrow(() -> new NotFound("No such offer"));
        MatchmakingPermissions.of(caller).mayEdit(offer).check();
        if (expectedVersion == null) {
            throw ValidationFailed.of("version", "Send the version you edited (from GET), so no one else's change is lost");
        }
        if (expectedVersion != offer.getVersion()) {
            throw new StaleVersion("This offer was changed since you loaded it (version " + offer.getVersion()
                    + "); load it again and reapply your change");
        }
        OfferStatus newStatus = status == null || status.isBlank() ? offer.getStatus() : OfferStatus.of(status.strip())
                .filter(s -> s != OfferStatus.CLOSED)
                .orElseThrow(() -> ValidationFailed.of("status", "Use open or paused (DELETE closes an offer)"));
        Catalogue.Snapshot lists = catalogue.now();
        ListingRules.OfferInput input = ListingRules.offer(draft, lists.lookup(), today());
        String before = ListingJson.offer(offer, lists, Map.of()).remove("owner").build().toString();
        LocalDateTime now = now();
        listings.add(new ListingRevision("offer", id, offer.getVersion(), caller.getId(), now, before));
        offer.take(input, now);
        offer.changeStatus(newStatus, now);
        searchOutbox.offer(id);
        return offer;
    }

    /** Closed for good: no longer matched, kept for the conversations and pledges that name it. */
    public Offer close(long id, Account caller) {
        Offer offer = listings.offer(id).orElseThrow(() -> new NotFound("No such offer"));
        MatchmakingPermissions.of(caller).mayClose(offer).check();
        OfferStatus before = offer.getStatus();
        offer.changeStatus(OfferStatus.CLOSED, now());
        if (offer.getOwnerId() != caller.getId()) { // a moderator closing someone else's offer
            staffActions.fire(StaffActionTaken.of(caller.getId(), MatchmakingStaffActions.OFFER_CLOSE, "offer", id)
                    .change(before.name().toLowerCase() + ": " + offer.getTitle(), "closed"));
        }
        searchOutbox.offer(id);
        EventLog.info(LOG, "offer.closed", "id=" + id + " by=" + caller.getId());
        return offer;
    }

    /**
     * A moderator reviewing the offer edits its description (the rest stays the owner's): the
     * revision names the moderator as its editor. The review item's version guards against
     * two moderators at once.
     */
    public Offer editDescriptionAsModerator(long id, String description, Account moderator) {
        if (!moderator.isModerator()) {
            throw new eu.clusterhub.platform.Forbidden("Only moderators do this");
        }
        Offer listing = listings.offer(id).orElseThrow(() -> new NotFound("No such offer"));
        String text = ListingRules.description(description);
        Catalogue.Snapshot lists = catalogue.now();
        String before = ListingJson.offer(listing, lists, Map.of()).remove("owner").build().toString();
        LocalDateTime now = now();
        listings.add(new ListingRevision("offer", id, listing.getVersion(), moderator.getId(), now, before));
        listing.describe(lists.category(listing.getCategoryId()), listing.getTitle(), text, listing.getUnit(), listing.getLanguage(), now);
        searchOutbox.offer(id);
        return listing;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static LocalDateTime now() {
        return ListingRepository.now();
    }
}

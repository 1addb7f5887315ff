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
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Publishing, editing and closing needs, as {@link MatchmakingPermissions} allows; a need is
 * published with its discussion thread in one transaction, and every edit keeps the
 * previous version as a revision and refuses a stale version.
 */
@ApplicationScoped
@Transactional
public class NeedService {

    private static final Logger LOG = Logger.getLogger(NeedService.class.getName());

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

    public Need publish(ListingRules.NeedDraft draft, Account caller) {
        MatchmakingPermissions.of(caller).mayPublish().check();
        Catalogue.Snapshot lists = catalogue.now();
        ListingRules.NeedInput input = ListingRules.need(draft, lists.lookup(), OfferService.today());
        Need need = new Need(caller.getId(), caller.getOrganisation().getId(), input, OfferService.now());
        listings.add(need);
        need.attachThread(threads.startFor(need, input.category(), caller));
        written.fire(new ContentWritten("need", need.getId(), caller.getId(), need.getDescriptionMarkdown()));
        searchOutbox.need(need.getId());
        notifications.published(need, OfferService.today());
        EventLog.info(LOG, "need.published", "id=" + need.getId() + " category=" + input.category().getSlug()
                + " country=" + input.country() + " by=" + caller.getId());
        return need;
    }

    public Need edit(long id, Long expectedVersion, ListingRules.NeedDraft draft, Account caller) {
        Need need = listings.needForUpdate(id).orElseThrow(() -> new NotFound("No such need"));
        MatchmakingPermissions.of(caller).mayEdit(need).check();
        if (expectedVersion == null) {
            throw ValidationFailed.of("version", "Send the version you edited (from GET), so no one else's change is lost");
        }
        if (expectedVersion != need.getVersion()) {
            throw new StaleVersion("This need was changed since you loaded it (version " + need.getVersion()
                    + "); load it again and reapply your change");
        }
        Catalogue.Snapshot lists = catalogue.now();
        ListingRules.NeedInput input = ListingRules.need(draft, lists.lookup(), OfferService.today());
        String before = ListingJson.need(need, lists, Map.of()).remove("owner").build().toString();
        LocalDateTime now = OfferService.now();
        listings.add(new ListingRevision("need", id, need.getVersion(), caller.getId(), now, before));
        need.take(input, now);
        searchOutbox.need(id);
        return need;
    }

    public Need close(long id, Account caller) {
        Need need = listings.needForUpdate(id).orElseThrow(() -> new NotFound("No such need"));
        MatchmakingPermissions.of(caller).mayClose(need).check();
        NeedStatus before = need.getStatus();
        need.close(NeedStatus.CLOSED, OfferService.now());
        if (need.getOwnerId() != caller.getId()) { // a moderator closing someone else's need
            staffActions.fire(StaffActionTaken.of(caller.getId(), MatchmakingStaffActions.NEED_CLOSE, "need", id)
                    .change(before.name().toLowerCase() + ": " + need.getTitle(), "closed"));
        }
        searchOutbox.need(id);
        EventLog.info(LOG, "need.closed", "id=" + id + " by=" + caller.getId());
        return need;
    }

    /**
     * A moderator reviewing the need edits its description (the rest stays the owner's): the
     * revision names the moderator as its editor. The review item's version guards against
     * two moderators at once.
     */
    public Need editDescriptionAsModerator(long id, String description, Account moderator) {
        if (!moderator.isModerator()) {
            throw new eu.clusterhub.platform.Forbidden("Only moderators do this");
        }
        Need listing = listings.need(id).orElseThrow(() -> new NotFound("No such need"));
        String text = ListingRules.description(description);
        Catalogue.Snapshot lists = catalogue.now();
        String before = ListingJson.need(listing, lists, Map.of()).remove("owner").build().toString();
        LocalDateTime now = OfferService.now();
        listings.add(new ListingRevision("need", id, listing.getVersion(), moderator.getId(), now, before));
        listing.describe(lists.category(listing.getCategoryId()), listing.getTitle(), text, listing.getUnit(), listing.getLanguage(), now);
        searchOutbox.need(id);
        return listing;
    }
}

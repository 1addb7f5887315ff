package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Permission;

/**
 * Every "may this caller do X" of matchmaking, in one place, for the services (which
 * {@link Permission#check()} before acting) and the pages (which show a button only when
 * {@link Permission#isGranted()}).
 *
 * <p>The rules: anyone reads offers, needs, their matches and the overview. Publishing
 * needs a confirmed member of an organisation. Owners edit, pause and close their own
 * listings; moderators close anyone's (keeping the marketplace clean) but edit no one's.
 * A closed or expired listing is history: no edits, contacts or pledges. Contact requests go
 * from one's own listing to someone else's. Only a need's owner records pledges. A
 * conversation is read by its two members; moderators may read it too, and every such read
 * is recorded; to anyone else it does not exist (404). Exports are for moderators and admins.
 */
public final class MatchmakingPermissions {

    private static final Permission SIGN_IN = Permission.refused(NotAuthenticated::new);
    private static final Permission CONFIRM_EMAIL = Permission.refused(
            () -> new Forbidden("Confirm your email address before publishing"));
    private static final Permission SILENCED = Permission.refused(
            () -> new Forbidden("Silenced", "A moderator made your account read-only for a while: you cannot write until it ends"));
    private static final Permission NEEDS_ORGANISATION = Permission.refused(
            () -> new Forbidden("Offers and needs are published for an organisation: add yours to your profile first"));
    private static final Permission OWNER_EDITS = Permission.refused(() -> new Forbidden("Only its owner edits this"));
    private static final Permission OWNER_CLOSES = Permission.refused(
            () -> new Forbidden("Only its owner or a moderator closes this"));
    private static final Permission OWNER_PLEDGES = Permission.refused(
            () -> new Forbidden("Only the need's owner records pledges"));
    private static final Permission OWN_LISTING_CONTACTS = Permission.refused(
            () -> new Forbidden("Send a contact request from an offer or need of your own"));
    private static final Permission SELF_CONTACT = Permission.refused(
            () -> new Conflict("Own listing", "Both of these are yours: contact someone else's offer or need"));
    private static final Permission HISTORY = Permission.refused(
            () -> new Conflict("Listing closed", "This offer or need is closed: it can be read but no longer changed"));
    private static final Permission MODERATORS_ONLY = Permission.refused(
            () -> new Forbidden("Only moderators and admins do this"));
    private static final Permission NO_SUCH_CONVERSATION = Permission.refused(() -> new NotFound("No such conversation"));

    private final Long callerId;
    private final boolean moderator;
    private final boolean confirmed;
    private final boolean inOrganisation;

    private boolean silenced;

    MatchmakingPermissions(Long callerId, boolean moderator, boolean confirmed, boolean inOrganisation) {
        this.callerId = callerId;
        this.moderator = callerId != null && moderator;
        this.confirmed = callerId != null && confirmed;
        this.inOrganisation = callerId != null && inOrganisation;
    }

    /** The permissions of an account, or of an anonymous visitor for null. */
    public static MatchmakingPermissions of(Account caller) {
        if (caller == null) {
            return new MatchmakingPermissions(null, false, false, false);
        }
        MatchmakingPermissions may = new MatchmakingPermissions(caller.getId(), caller.isModerator(), caller.canPost(),
                caller.getOrganisation() != null);
        may.silenced = caller.isSilenced();
        return may;
    }

    /** Why a signed-in member may not write: silenced by a moderator, or their email unconfirmed. */
    private Permission unconfirmed() {
        return silenced ? SILENCED : CONFIRM_EMAIL;
    }

    /** Publishing an offer or a need. */
    public Permission mayPublish() {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (!confirmed) {
            return unconfirmed();
        }
        return inOrganisation ? Permission.granted() : NEEDS_ORGANISATION;
    }

    public Permission mayEdit(Offer offer) {
        return edit(offer.getOwnerId(), offer.getStatus() == OfferStatus.CLOSED);
    }

    public Permission mayEdit(Need need) {
        return edit(need.getOwnerId(), !need.getStatus().isActive() && need.getStatus() != NeedStatus.COVERED);
    }

    private Permission edit(long ownerId, boolean history) {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (callerId != ownerId) {
            return OWNER_EDITS;
        }
        if (!confirmed) {
            return unconfirmed();
        }
        return history ? HISTORY : Permission.granted();
    }

    public Permission mayClose(Offer offer) {
        return close(offer.getOwnerId(), offer.getStatus() == OfferStatus.CLOSED);
    }

    public Permission mayClose(Need need) {
        return close(need.getOwnerId(), !need.getStatus().isActive() && need.getStatus() != NeedStatus.COVERED);
    }

    private Permission close(long ownerId, boolean history) {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (callerId != ownerId && !moderator) {
            return OWNER_CLOSES;
        }
        return history ? HISTORY : Permission.granted();
    }

    /** A contact request from one's own listing (need or offer) about the other side's listing. */
    public Permission mayContact(long fromOwnerId, boolean fromOpen, long toOwnerId, boolean toOpen) {
        Permission publish = mayPublish();
        if (!publish.isGranted()) {
            return publish;
        }
        if (callerId != fromOwnerId) {
            return OWN_LISTING_CONTACTS;
        }
        if (fromOwnerId == toOwnerId) {
            return SELF_CONTACT;
        }
        return fromOpen && toOpen ? Permission.granted() : HISTORY;
    }

    /** Recording a pledge against a need: its owner, while the need is active or covered. */
    public Permission mayPledge(Need need) {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (callerId != need.getOwnerId()) {
            return OWNER_PLEDGES;
        }
        return need.getStatus().isActive() || need.getStatus() == NeedStatus.COVERED ? Permission.granted() : HISTORY;
    }

    /** Reading a conversation: its two members, or a moderator (whose read is then recorded). */
    public Permission mayRead(long needOwnerId, long offerOwnerId) {
        if (callerId == null) {
            return SIGN_IN;
        }
        return isMember(needOwnerId, offerOwnerId) || moderator ? Permission.granted() : NO_SUCH_CONVERSATION;
    }

    /** Writing into a conversation: only its two members, moderators read but do not write. */
    public Permission mayWrite(long needOwnerId, long offerOwnerId) {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (!isMember(needOwnerId, offerOwnerId)) {
            return moderator ? Permission.refused(() -> new Forbidden("Moderators read conversations but do not write in them"))
                    : NO_SUCH_CONVERSATION;
        }
        return confirmed ? Permission.granted() : unconfirmed();
    }

    /** Whether a read of this conversation is a moderator's, to be recorded. */
    public boolean readsAsModerator(long needOwnerId, long offerOwnerId) {
        return moderator && !isMember(needOwnerId, offerOwnerId);
    }

    private boolean isMember(long needOwnerId, long offerOwnerId) {
        return callerId != null && (callerId == needOwnerId || callerId == offerOwnerId);
    }

    /** CSV and JSON exports with figures per need: moderators and admins. */
    public Permission mayExport() {
        if (callerId == null) {
            return SIGN_IN;
        }
        return moderator ? Permission.granted() : MODERATORS_ONLY;
    }

    public boolean isOwner(long ownerId) {
        return callerId != null && callerId == ownerId;
    }
}

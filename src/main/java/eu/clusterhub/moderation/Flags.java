package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.announcement.AnnouncementRepository;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.ModerationState;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Members flag what should not be on the portal. One flag per member per item; not their own
 * items; a conversation's messages only by its two members; at most so many a day. An item
 * flagged by {@code clusterhub.moderation.flag-threshold} members (all confirmed: only they
 * may flag) is hidden until a moderator reviews it.
 */
@ApplicationScoped
@Transactional
public class Flags {

    static final String LIMIT = "flags-per-day";
    static final int MAX_NOTE = 1000;
    static final String THRESHOLD_REASON = "Several members reported it; hidden until a moderator reviews it.";
    private static final Logger LOG = Logger.getLogger(Flags.class.getName());

    /** What a member sends: the target, a reason code, an optional note and announcement. */
    public record FlagInput(String targetType, Long targetId, String reason, String note, Long announcementId) {
    }

    /** The flag written and the review item it joined (hidden: the threshold was reached now). */
    public record Flagged(Flag flag, ModerationItem item, boolean hidden) {
    }

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private ModeratedItems items;

    @Inject
    private ModerationQueue queue;

    @Inject
    private RateLimiter limiter;

    @Inject
    private AnnouncementRepository announcements;

    @Inject
    @ConfigProperty(name = "clusterhub.moderation.flag-threshold", defaultValue = "3")
    private int threshold;

    public Flagged flag(FlagInput input, Account caller) {
        ModerationPermissions.of(caller).mayFlag().check();
        String type = input.targetType() == null ? "" : input.targetType().strip();
        if (!Target.TYPES.contains(type)) {
            throw ValidationFailed.of("targetType", "Flag a post, thread, offer, need or message");
        }
        if (input.targetId() == null) {
            throw ValidationFailed.of("targetId", "Name the item you flag");
        }
        FlagReason reason = FlagReason.of(input.reason() == null ? "" : input.reason().strip())
                .orElseThrow(() -> ValidationFailed.of("reason", "Use one of " + String.join(", ", FlagReason.codes())));
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (reason == FlagReason.OTHER && note == null) {
            throw ValidationFailed.of("note", "Say what is wrong with it");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw ValidationFailed.of("note", "Use at most " + MAX_NOTE + " characters (this has " + note.length() + ")");
        }
        Long announcementId = reason == FlagReason.INACCURATE ? input.announcementId() : null;
        if (announcementId != null && announcements.byId(announcementId).isEmpty()) {
            throw ValidationFailed.of("announcementId", "No such announcement");
        }
        Target target = items.lookup(type, input.targetId())
                .filter(t -> Account.sees(caller, t.state(), t.authorId()))
                .orElseThrow(() -> new NotFound("No such " + type));
        if (target.isPrivate() && !target.participants().contains(caller.getId())) {
            throw new Forbidden("Not your conversation", "Only the two members of a conversation flag its messages");
        }
        if (caller.is(target.authorId())) {
            throw new Conflict("Your own " + type, "You cannot flag your own " + type + "; edit or delete it instead");
        }
        if (alreadyFlagged(type, target.id(), caller.getId())) {
            throw new Conflict("Already flagged", "You already flagged this " + type + "; a moderator will look at it");
        }
        limiter.acquire(LIMIT, Long.toString(caller.getId()));
        ModerationItem item = queue.openItemFor(target, ItemKind.FLAGGED);
        int inserted = em.createNativeQuery("INSERT IGNORE INTO flag (item_id, target_type, target_id, reporter_id, reason, note,"
                        + " announcement_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, item.getId()).setParameter(2, type).setParameter(3, target.id()).setParameter(4, caller.getId())
                .setParameter(5, reason.code()).setParameter(6, note).setParameter(7, announcementId)
                .setParameter(8, ModerationQueue.now()).executeUpdate();
        if (inserted == 0) { // the same member's second flag, sent at the same moment
            throw new Conflict("Already flagged", "You already flagged this " + type + "; a moderator will look at it");
        }
        item.flagged(reason);
        boolean hidden = false;
        if (target.state() == ModerationState.VISIBLE && reporters(item.getId()) >= threshold) {
            items.change(target, ModerationState.HIDDEN, THRESHOLD_REASON);
            hidden = true;
        }
        Flag flag = em.createQuery("SELECT f FROM Flag f WHERE f.targetType = :t AND f.targetId = :id AND f.reporterId = :r", Flag.class)
                .setParameter("t", type).setParameter("id", target.id()).setParameter("r", caller.getId()).getSingleResult();
        EventLog.info(LOG, "moderation.flagged", "target=" + type + ":" + target.id() + " item=" + item.getId()
                + " reason=" + reason.code() + (hidden ? " hidden=true" : ""));
        return new Flagged(flag, item, hidden);
    }

    private boolean alreadyFlagged(String type, long id, long reporterId) {
        return !em.createNativeQuery("SELECT 1 FROM flag WHERE target_type = ? AND target_id = ? AND reporter_id = ?")
                .setParameter(1, type).setParameter(2, id).setParameter(3, reporterId).getResultList().isEmpty();
    }

    private long reporters(long itemId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT reporter_id) FROM flag WHERE item_id = ?")
                .setParameter(1, itemId).getSingleResult()).longValue();
    }

    /** The flags of an item, oldest first. */
    public List<Flag> of(long itemId) {
        return em.createQuery("SELECT f FROM Flag f WHERE f.itemId = :i ORDER BY f.id", Flag.class)
                .setParameter("i", itemId).getResultList();
    }
}

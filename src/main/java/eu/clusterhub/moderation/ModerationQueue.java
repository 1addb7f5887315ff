package eu.clusterhub.moderation;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.ModerationState;
import eu.clusterhub.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The review queue's entrance. Features (or rules such as first-post approval and spam
 * detection) call {@link #hold} inside the transaction that wrote an item: the item becomes
 * PENDING (its author sees it marked "awaiting approval", nobody else sees it; search and
 * notifications wait) and an open {@link ModerationItem} of that kind waits for a moderator.
 * Flags come in through {@link Flags}, which uses {@link #openItemFor} too.
 */
@ApplicationScoped
@Transactional
public class ModerationQueue {

    private static final Logger LOG = Logger.getLogger(ModerationQueue.class.getName());

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private ModeratedItems items;

    /**
     * Holds an item until a moderator approves it, in the caller's transaction.
     *
     * @param targetType thread | post | offer | need | message (a new thread: hold "thread", its first post goes with it)
     * @param targetId   the item's id (after it was written and flushed)
     * @param kind       {@link ItemKind#APPROVAL} (first posts, listings) or {@link ItemKind#SPAM}
     * @param reason     why, for the moderators (e.g. "First post of a member without a verified organisation")
     * @return the open review item
     */
    public ModerationItem hold(String targetType, long targetId, ItemKind kind, String reason) {
        if (kind == ItemKind.FLAGGED) {
            throw new IllegalArgumentException("Flags come in through Flags.flag, not as a hold");
        }
        Target target = items.find(targetType, targetId);
        ModerationItem item = openItemFor(target, kind);
        item.held(kind, reason == null ? null : cut(reason, 500));
        if (target.state() != ModerationState.PENDING) {
            items.change(target, ModerationState.PENDING, null);
        }
        items.withdrawNotifications(target);
        EventLog.info(LOG, "moderation.held", "target=" + targetType + ":" + targetId + " kind=" + kind.code() + " item=" + item.getId());
        return item;
    }

    /** Whether the item is waiting in the queue (open). */
    public boolean isQueued(String targetType, long targetId) {
        return openItem(targetType, targetId).isPresent();
    }

    /** The open review item of a target, created if there is none; locked until commit. */
    ModerationItem openItemFor(Target target, ItemKind kind) {
        // INSERT IGNORE: the unique open_target column makes a concurrent second insert a no-op
        em.createNativeQuery("INSERT IGNORE INTO moderation_item (target_type, target_id, kind, status, author_id, language,"
                        + " country, board_id, created_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)")
                .setParameter(1, target.type()).setParameter(2, target.id()).setParameter(3, kind.name())
                .setParameter(4, target.authorId()).setParameter(5, target.language()).setParameter(6, target.country())
                .setParameter(7, target.boardId()).setParameter(8, now())
                .executeUpdate();
        return openItem(target.type(), target.id()).orElseThrow(() -> new NotFound("No open review item"));
    }

    private Optional<ModerationItem> openItem(String targetType, long targetId) {
        return em.createQuery("SELECT i FROM ModerationItem i WHERE i.targetType = :t AND i.targetId = :id"
                        + " AND i.status = eu.clusterhub.moderation.ModerationItem.Status.OPEN", ModerationItem.class)
                .setParameter("t", targetType).setParameter("id", targetId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

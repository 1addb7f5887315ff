package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.PostingLimits.Standing;
import eu.clusterhub.platform.ContentWritten;
import eu.clusterhub.platform.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * What is held for a moderator's approval as soon as it is written ({@link ContentWritten},
 * in the writer's transaction), through {@link ModerationQueue#hold}:
 * <ul>
 * <li>as spam, the third (and every further) text of one member that is the same as two
 *     others they wrote within ten minutes (compared without case and whitespace): threads and
 *     replies among themselves, conversation messages among themselves. Moderators and admins
 *     are not checked.</li>
 * <li>for approval, from members whose organisation is not verified (see
 *     {@link Standing#NEW}): their threads and replies until {@code approve-first-posts} of their
 *     posts have been approved or published, and every offer and need they publish when
 *     {@code approve-offers-and-needs} is on ({@link ApprovalSettings}). Members of verified
 *     organisations are trusted with both: their offers and needs are not held.</li>
 * </ul>
 */
@ApplicationScoped
public class HoldRules {

    /** The same text this many times within {@link #REPEAT_WINDOW} is held, from the last of them on. */
    static final int REPEATS = 3;
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);
    static final String SPAM_REASON = "The same text three times within ten minutes";
    static final String FIRST_POSTS_REASON = "First posts of a member whose organisation is not verified";
    static final String LISTING_REASON = "Offers and needs of members whose organisation is not verified are approved first";
    private static final Logger LOG = Logger.getLogger(HoldRules.class.getName());

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApprovalSettings settings;

    @Inject
    private ModerationQueue queue;

    void written(@Observes ContentWritten written) {
        Account author = accounts.byId(written.authorId()).orElse(null);
        if (author == null) {
            return;
        }
        Standing standing = Standing.of(author);
        if (standing == Standing.STAFF) {
            return;
        }
        if (repeated(written)) {
            queue.hold(written.targetType(), written.targetId(), ItemKind.SPAM, SPAM_REASON);
            EventLog.info(LOG, "moderation.spam-held", "target=" + written.targetType() + ":" + written.targetId()
                    + " by=" + written.authorId());
            return;
        }
        if (standing != Standing.NEW) {
            return;
        }
        switch (written.targetType()) {
            case "thread", "post" -> {
                int firstPosts = settings.current().firstPosts();
                if (firstPosts > 0 && approvedPosts(written, firstPosts) < firstPosts) {
                    queue.hold(written.targetType(), written.targetId(), ItemKind.APPROVAL, FIRST_POSTS_REASON);
                }
            }
            case "offer", "need" -> {
                if (settings.current().offersAndNeeds()) {
                    queue.hold(written.targetType(), written.targetId(), ItemKind.APPROVAL, LISTING_REASON);
                }
            }
            default -> {
                // conversation messages are private: only the spam rule looks at them
            }
        }
    }

    /** Whether the author wrote the same text at least twice before within the window (posts with posts, messages with messages). */
    private boolean repeated(ContentWritten written) {
        String sql = switch (written.targetType()) {
            // a new thread's first post is the one of that thread; a reply is itself
            case "thread" -> "SELECT body_markdown FROM post WHERE author_id = ?1 AND created_at >= ?2 AND thread_id <> ?3";
            case "post" -> "SELECT body_markdown FROM post WHERE author_id = ?1 AND created_at >= ?2 AND id <> ?3";
            case "message" -> "SELECT body_markdown FROM conversation_message WHERE author_id = ?1 AND created_at >= ?2 AND id <> ?3";
            default -> null;
        };
        if (sql == null || written.text() == null) {
            return false;
        }
        String text = normal(written.text());
        LocalDateTime since = LocalDateTime.now(ZoneOffset.UTC).minus(REPEAT_WINDOW);
        long same = em.createNativeQuery(sql).setParameter(1, written.authorId()).setParameter(2, Timestamp.valueOf(since))
                .setParameter(3, written.targetId()).getResultList().stream()
                .filter(body -> text.equals(normal(String.valueOf(body))))
                .count();
        return same >= REPEATS - 1;
    }

    /**
     * How many of the author's forum posts are out in the open (visible, in a visible thread,
     * not the one just written), counting only as far as {@code enough}. The first posts of
     * offers' and needs' threads are the listings' and do not count.
     */
    private long approvedPosts(ContentWritten written, int enough) {
        String self = "thread".equals(written.targetType()) ? "p.thread_id <> ?2" : "p.id <> ?2";
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM post p JOIN forum_thread t ON t.id = p.thread_id"
                        + " WHERE p.author_id = ?1 AND " + self + " AND p.deleted_at IS NULL"
                        + " AND p.moderation = 'VISIBLE' AND t.moderation = 'VISIBLE'"
                        + " AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.thread_id = t.id AND p.position = 1)"
                        + " AND NOT EXISTS (SELECT 1 FROM need n WHERE n.thread_id = t.id AND p.position = 1)"
                        + " LIMIT ?3) counted")
                .setParameter(1, written.authorId()).setParameter(2, written.targetId()).setParameter(3, enough)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** A text as compared for repeats: lower case, runs of whitespace as one space, trimmed. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

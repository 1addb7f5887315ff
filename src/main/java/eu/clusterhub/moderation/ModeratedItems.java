package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.forum.ForumThread;
import eu.clusterhub.forum.Post;
import eu.clusterhub.matchmaking.Conversation;
import eu.clusterhub.matchmaking.ConversationMessage;
import eu.clusterhub.matchmaking.Listing;
import eu.clusterhub.matchmaking.Need;
import eu.clusterhub.matchmaking.Offer;
import eu.clusterhub.platform.ItemApproved;
import eu.clusterhub.platform.ModerationState;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * The items of other features as moderation sees them ({@link Target}), and the one place
 * their moderation state changes: the search index follows (hidden and held items leave it,
 * approved ones come back), and an approval of a held item lets its feature send the
 * notifications it held back ({@link ItemApproved}). An offer or need takes its discussion
 * thread along (the thread repeats its description).
 */
@ApplicationScoped
public class ModeratedItems {

    private static final int EXCERPT = 600;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private Event<ItemApproved> approvals;

    /** The target, or 404 for an unknown type or id. */
    public Target find(String type, long id) {
        return lookup(type, id).orElseThrow(() -> new NotFound("No such " + (Target.TYPES.contains(type) ? type : "item")));
    }

    public Optional<Target> lookup(String type, long id) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "thread" -> Optional.ofNullable(em.find(ForumThread.class, id)).map(this::thread);
            case "post" -> Optional.ofNullable(em.find(Post.class, id)).filter(p -> !p.isDeleted()).map(this::post);
            case "offer" -> Optional.ofNullable(em.find(Offer.class, id)).map(o -> listing("offer", o, countryOf(o.getOwnerId())));
            case "need" -> Optional.ofNullable(em.find(Need.class, id)).map(n -> listing("need", n, n.getCountry()));
            case "message" -> Optional.ofNullable(em.find(ConversationMessage.class, id)).map(this::message);
            default -> Optional.empty();
        };
    }

    private Target thread(ForumThread t) {
        Post first = firstPost(t.getId());
        return new Target("thread", t.getId(), t.getAuthorId(), t.getLanguage(), countryOf(t.getAuthorId()), t.getBoardId(),
                t.getTitle(), first == null ? "" : excerpt(first.getBodyMarkdown()), first == null ? "" : first.getBodyMarkdown(), "/threads/" + t.getId(), t.getModeration(),
                t.getModerationReason(), Set.of());
    }

    private Target post(Post p) {
        ForumThread t = em.find(ForumThread.class, p.getThreadId());
        return new Target("post", p.getId(), p.getAuthorId(), p.getLanguage(), countryOf(p.getAuthorId()), t.getBoardId(),
                "Post in “" + t.getTitle() + "”", excerpt(p.getBodyMarkdown()), p.getBodyMarkdown(),
                "/threads/" + t.getId() + "?post=" + p.getId() + "#post-" + p.getId(), p.getModeration(), p.getModerationReason(),
                Set.of());
    }

    private Target listing(String type, Listing l, String country) {
        return new Target(type, l.getId(), l.getOwnerId(), l.getLanguage(), country, null, l.getTitle(),
                excerpt(l.getDescriptionMarkdown()), l.getDescriptionMarkdown(), "/" + type + "s/" + l.getId(), l.getModeration(), l.getModerationReason(),
                Set.of());
    }

    private Target message(ConversationMessage m) {
        Conversation c = em.find(Conversation.class, m.getConversationId());
        Need need = em.find(Need.class, c.getNeedId());
        return new Target("message", m.getId(), m.getAuthorId(), need == null ? "en" : need.getLanguage(),
                countryOf(m.getAuthorId()), null, "Message about “" + (need == null ? "a need" : need.getTitle()) + "”",
                excerpt(m.getBodyMarkdown()), m.getBodyMarkdown(), "/conversations/" + c.getId() + "#message-" + m.getId(), m.getModeration(),
                m.getModerationReason(), Set.of(c.getNeedOwnerId(), c.getOfferOwnerId()));
    }

    private String countryOf(long accountId) {
        return accounts.byId(accountId).map(Account::getOrganisation).map(o -> o.getCountry()).orElse(null);
    }

    private Post firstPost(long threadId) {
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t AND p.position = 1", Post.class)
                .setParameter("t", threadId).getResultStream().findFirst().orElse(null);
    }

    static String excerpt(String markdown) {
        String text = markdown == null ? "" : markdown.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }

    /**
     * Moves the target to a state (with the reason its author is told), reindexes it, and
     * when a held item becomes visible, tells its feature (notifications). Returns the state before.
     */
    public ModerationState change(Target target, ModerationState state, String reason) {
        ModerationState before = target.state();
        Long approvedThread = null; // a listing's discussion thread, held with it
        switch (target.type()) {
            case "thread" -> {
                ForumThread t = em.find(ForumThread.class, target.id(), LockModeType.PESSIMISTIC_WRITE);
                t.moderate(state, reason);
                searchOutbox.threadWithReplies(t.getId());
            }
            case "post" -> {
                Post p = em.find(Post.class, target.id(), LockModeType.PESSIMISTIC_WRITE);
                p.moderate(state, reason);
                if (p.getPosition() == 1) {
                    searchOutbox.thread(p.getThreadId());
                } else {
                    searchOutbox.post(p.getId());
                }
            }
            case "offer", "need" -> {
                Class<? extends Listing> kind = "offer".equals(target.type()) ? Offer.class : Need.class;
                Listing l = em.find(kind, target.id(), LockModeType.PESSIMISTIC_WRITE);
                l.moderate(state, reason);
                if (l instanceof Offer) {
                    searchOutbox.offer(l.getId());
                } else {
                    searchOutbox.need(l.getId());
                }
                if (l.getThreadId() != null) {
                    ForumThread t = em.find(ForumThread.class, l.getThreadId(), LockModeType.PESSIMISTIC_WRITE);
                    if (t != null) {
                        if (t.getModeration() == ModerationState.PENDING && state == ModerationState.VISIBLE) {
                            approvedThread = t.getId();
                        }
                        t.moderate(state, reason);
                        searchOutbox.threadWithReplies(t.getId());
                    }
                }
            }
            case "message" -> em.find(ConversationMessage.class, target.id(), LockModeType.PESSIMISTIC_WRITE).moderate(state, reason);
            default -> throw new IllegalArgumentException(target.type());
        }
        if (before == ModerationState.PENDING && state == ModerationState.VISIBLE) {
            em.flush(); // the features' observers read the approved state
            approvals.fire(new ItemApproved(target.type(), target.id()));
        }
        if (approvedThread != null) {
            em.flush();
            approvals.fire(new ItemApproved("thread", approvedThread));
        }
        return before;
    }

    /**
     * Withdraws the notifications a held item raised in this transaction, before they were
     * fanned out: whoever holds an item need not care whether its feature raised them first.
     */
    void withdrawNotifications(Target target) {
        String subjectType = "thread".equals(target.type()) ? "post" : target.type();
        Long subjectId = target.id();
        if ("thread".equals(target.type())) {
            Post first = firstPost(target.id());
            subjectId = first == null ? null : first.getId();
        }
        withdraw(subjectType, subjectId);
        if ("offer".equals(target.type()) || "need".equals(target.type())) {
            Class<? extends Listing> kind = "offer".equals(target.type()) ? Offer.class : Need.class;
            Listing listing = em.find(kind, target.id());
            Post first = listing == null || listing.getThreadId() == null ? null : firstPost(listing.getThreadId());
            if (first != null) { // its discussion thread was started with it
                withdraw("post", first.getId());
            }
        }
    }

    private void withdraw(String subjectType, Long subjectId) {
        if (subjectId != null) {
            em.createNativeQuery("DELETE FROM notification_event WHERE fanned_out_at IS NULL AND subject_type = ? AND subject_id = ?")
                    .setParameter(1, subjectType).setParameter(2, subjectId).executeUpdate();
        }
    }
}

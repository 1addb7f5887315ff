package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations, their messages, readers and moderator reads, and pledges; hides JPA. */
@ApplicationScoped
public class ConversationRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public Optional<ConversationMessage> message(long id) {
        return Optional.ofNullable(em.find(ConversationMessage.class, id));
    }

    public Optional<Conversation> conversation(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    /** The conversation, locked until the transaction ends: concurrent messages count exactly. */
    Optional<Conversation> conversationForUpdate(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Conversation> byPair(long needId, long offerId) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.needId = :n AND c.offerId = :o", Conversation.class)
                .setParameter("n", needId).setParameter("o", offerId).getResultStream().findFirst();
    }

    void add(Conversation conversation) {
        em.persist(conversation);
        em.flush();
        em.persist(new ConversationReader(conversation.getId(), conversation.getNeedOwnerId()));
        em.persist(new ConversationReader(conversation.getId(), conversation.getOfferOwnerId()));
    }

    void add(ConversationMessage message) {
        em.persist(message);
        em.flush();
    }

    void add(ConversationAccess access) {
        em.persist(access);
    }

    void add(Pledge pledge) {
        em.persist(pledge);
        em.flush();
    }

    /** Moves the member's read mark up to the message (never back). */
    void markRead(long conversationId, long accountId, long messageId) {
        ConversationReader reader = em.find(ConversationReader.class, new ConversationReader.Key(conversationId, accountId));
        if (reader == null) {
            reader = new ConversationReader(conversationId, accountId);
            em.persist(reader);
        }
        reader.readUpTo(messageId);
    }

    /** The account's conversations, most recent activity first (both member columns are indexed with the time). */
    public List<Conversation> inbox(long accountId, int page, int size) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.needOwnerId = :a OR c.offerOwnerId = :a"
                        + " ORDER BY c.lastMessageAt DESC, c.id DESC", Conversation.class)
                .setParameter("a", accountId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    public long inboxSize(long accountId) {
        return em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE c.needOwnerId = :a OR c.offerOwnerId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** The other member's messages the account has not read yet, per conversation (absent: none). */
    public Map<Long, Long> unread(long accountId, Collection<Long> conversationIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("SELECT m.conversationId, COUNT(m) FROM ConversationMessage m, ConversationReader r"
                        + " WHERE r.accountId = :a AND r.conversationId = m.conversationId AND m.conversationId IN :ids"
                        + " AND m.authorId <> :a AND m.id > r.lastReadMessageId GROUP BY m.conversationId", Object[].class)
                .setParameter("a", accountId).setParameter("ids", conversationIds).getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Unread messages across all of the account's conversations. */
    public long unreadTotal(long accountId) {
        return em.createQuery("SELECT COUNT(m) FROM ConversationMessage m, ConversationReader r"
                        + " WHERE r.accountId = :a AND r.conversationId = m.conversationId"
                        + " AND m.authorId <> :a AND m.id > r.lastReadMessageId", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** A page of a conversation's messages, oldest first. */
    public List<ConversationMessage> messages(long conversationId, int page, int size) {
        return em.createQuery("SELECT m FROM ConversationMessage m WHERE m.conversationId = :c ORDER BY m.id",
                        ConversationMessage.class)
                .setParameter("c", conversationId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    /** The moderators' reads of a conversation, newest first. */
    public List<ConversationAccess> accesses(long conversationId, int limit) {
        return em.createQuery("SELECT a FROM ConversationAccess a WHERE a.conversationId = :c ORDER BY a.readAt DESC, a.id DESC",
                        ConversationAccess.class).setParameter("c", conversationId).setMaxResults(limit).getResultList();
    }

    /** The pledges against a need, oldest first. */
    public List<Pledge> pledges(long needId) {
        return em.createQuery("SELECT p FROM Pledge p WHERE p.needId = :n ORDER BY p.createdAt, p.id", Pledge.class)
                .setParameter("n", needId).setMaxResults(1000).getResultList();
    }

    /** The conversations of a need, for its owner's choice of supplier. */
    public List<Conversation> ofNeed(long needId) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.needId = :n ORDER BY c.lastMessageAt DESC", Conversation.class)
                .setParameter("n", needId).setMaxResults(200).getResultList();
    }

    public Map<Long, Organisation> organisations(Collection<Long> ids) {
        Map<Long, Organisation> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class).setParameter("ids", ids)
                    .getResultList().forEach(o -> found.put(o.getId(), o));
        }
        return found;
    }
}

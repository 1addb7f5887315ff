package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The private conversation a contact request opens between a need's owner and an offer's
 * owner, one per (need, offer) pair. Only its two members write in it; moderators may read
 * it (see {@link ConversationAccess}); to anyone else it does not exist.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private long needId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "need_owner_id", nullable = false, updatable = false)
    private long needOwnerId;

    @Column(name = "offer_owner_id", nullable = false, updatable = false)
    private long offerOwnerId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_message_at", nullable = false)
    private LocalDateTime lastMessageAt;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Version
    private long version;

    protected Conversation() {
        // for JPA
    }

    Conversation(Need need, Offer offer, long startedBy, LocalDateTime now) {
        this.needId = need.getId();
        this.offerId = offer.getId();
        this.needOwnerId = need.getOwnerId();
        this.offerOwnerId = offer.getOwnerId();
        this.startedBy = startedBy;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    /** A message was added: the conversation moves to the top of both inboxes. */
    void added(LocalDateTime now) {
        messageCount++;
        lastMessageAt = now;
    }

    public boolean isMember(long accountId) {
        return accountId == needOwnerId || accountId == offerOwnerId;
    }

    /** The member who is not the given one. */
    public long otherMember(long accountId) {
        return accountId == needOwnerId ? offerOwnerId : needOwnerId;
    }

    public Long getId() { return id; }
    public long getNeedId() { return needId; }
    public long getOfferId() { return offerId; }
    public long getNeedOwnerId() { return needOwnerId; }
    public long getOfferOwnerId() { return offerOwnerId; }
    public long getStartedBy() { return startedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastMessageAt() { return lastMessageAt; }
    public int getMessageCount() { return messageCount; }
    public long getVersion() { return version; }
}

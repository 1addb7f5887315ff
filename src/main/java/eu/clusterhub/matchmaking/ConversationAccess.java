package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One read of a conversation by a moderator who is not part of it: every such read is kept. */
@Entity
@Table(name = "conversation_access")
public class ConversationAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "moderator_id", nullable = false, updatable = false)
    private long moderatorId;

    @Column(name = "read_at", nullable = false, updatable = false)
    private LocalDateTime readAt;

    protected ConversationAccess() {
        // for JPA
    }

    ConversationAccess(long conversationId, long moderatorId, LocalDateTime readAt) {
        this.conversationId = conversationId;
        this.moderatorId = moderatorId;
        this.readAt = readAt;
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public long getModeratorId() { return moderatorId; }
    public LocalDateTime getReadAt() { return readAt; }
}

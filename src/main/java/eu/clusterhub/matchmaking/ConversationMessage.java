package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Markdown;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One message of a conversation, its Markdown rendered and sanitized once, when written. */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "body_markdown", nullable = false, updatable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private eu.clusterhub.platform.ModerationState moderation = eu.clusterhub.platform.ModerationState.VISIBLE;

    @Column(name = "moderation_reason", length = 500)
    private String moderationReason;

    protected ConversationMessage() {
        // for JPA
    }

    ConversationMessage(long conversationId, long authorId, String markdown, LocalDateTime now) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.bodyMarkdown = markdown;
        this.bodyHtml = Markdown.toSafeHtml(markdown);
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public long getAuthorId() { return authorId; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public String getBodyHtml() { return bodyHtml; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    /** Set by the moderation feature only (hold, hide, approve, keep). */
    public void moderate(eu.clusterhub.platform.ModerationState state, String reason) {
        moderation = state;
        moderationReason = state.reasonKept(reason);
    }

    public eu.clusterhub.platform.ModerationState getModeration() {
        return moderation;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    /** Shown to everyone (not held for approval, not hidden). */
    public boolean isVisible() {
        return moderation.isVisible();
    }

    /** Whether this account may see the item: visible, or its author, or a moderator. */
    public boolean isVisibleTo(eu.clusterhub.account.Account viewer) {
        return eu.clusterhub.account.Account.sees(viewer, moderation, authorId);
    }
}

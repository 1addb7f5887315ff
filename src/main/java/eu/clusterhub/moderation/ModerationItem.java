package eu.clusterhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One target under review (a thread, post, offer, need or conversation message): flagged by
 * members, or held for approval. At most one open item per target; flags attach to it. Its
 * version guards the moderators' actions: two acting at once, the second is told.
 */
@Entity
@Table(name = "moderation_item")
public class ModerationItem {

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_type", nullable = false, updatable = false, length = 8)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "hold_reason", length = 500)
    private String holdReason;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(length = 2)
    private String country;

    @Column(name = "board_id")
    private Long boardId;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Column(name = "last_flag_reason", length = 12)
    private String lastFlagReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "first_action_at")
    private LocalDateTime firstActionAt;

    @Column(name = "action_count", nullable = false)
    private int actionCount;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(length = 12)
    private String outcome;

    @Column(name = "outcome_reason", length = 500)
    private String outcomeReason;

    @Version
    private long version;

    protected ModerationItem() {
        // for JPA
    }

    void flagged(FlagReason reason) {
        flagCount++;
        lastFlagReason = reason.code();
    }

    /** Held (again) for approval while open: the hold's kind and reason win over flags. */
    void held(ItemKind newKind, String reason) {
        kind = newKind;
        holdReason = reason;
    }

    /** A moderator acted on it (any action): the first one is the dashboard's "time to first action". */
    void acted(LocalDateTime now) {
        if (firstActionAt == null) {
            firstActionAt = now;
        }
        actionCount++;
    }

    void resolve(String how, String reason, long moderatorId, LocalDateTime now) {
        status = Status.RESOLVED;
        outcome = how;
        outcomeReason = reason;
        resolvedBy = moderatorId;
        resolvedAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() { return id; }
    public String getTargetType() { return targetType; }
    public long getTargetId() { return targetId; }
    public ItemKind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getHoldReason() { return holdReason; }
    public long getAuthorId() { return authorId; }
    public String getLanguage() { return language; }
    public String getCountry() { return country; }
    public Long getBoardId() { return boardId; }
    public int getFlagCount() { return flagCount; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getFirstActionAt() { return firstActionAt; }
    public LocalDateTime getResolvedAt() { return resolvedAt; }
    public Long getResolvedBy() { return resolvedBy; }
    public String getOutcome() { return outcome; }
    public String getOutcomeReason() { return outcomeReason; }
    public long getVersion() { return version; }
}

package eu.clusterhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One staff action on the record: who (an account id; the name is read at display time, see
 * V12__audit_log.sql), when, what, on which target, why, and a short before/after summary.
 * Written once and never changed: every column is not updatable, and the database refuses
 * UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int MAX_REASON = 2000;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_TARGET_ID = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private String targetId;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "before_summary", updatable = false)
    private String before;

    @Column(name = "after_summary", updatable = false)
    private String after;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(LocalDateTime at, long actorId, String action, String targetType, String targetId, String reason, String before,
               String after) {
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = clip(targetId, MAX_TARGET_ID);
        this.reason = clip(reason, MAX_REASON);
        this.before = clip(before, MAX_SUMMARY);
        this.after = clip(after, MAX_SUMMARY);
    }

    /** Longer texts are cut (with an ellipsis) rather than failing the staff action they record. */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1; // never half a character
        return text.substring(0, end) + "\u2026";
    }

    public Long getId() { return id; }
    public LocalDateTime getAt() { return at; }
    public long getActorId() { return actorId; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getReason() { return reason; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}

package eu.clusterhub.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A member's report of an item, with a reason; one per member per item, ever. Written by {@link Flags}. */
@Entity
@Table(name = "flag")
public class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "target_type", nullable = false, updatable = false, length = 8)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    @Column(nullable = false, updatable = false, length = 12)
    private String reason;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "announcement_id", updatable = false)
    private Long announcementId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Flag() {
        // for JPA
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }
    public String getTargetType() { return targetType; }
    public long getTargetId() { return targetId; }
    public long getReporterId() { return reporterId; }
    public String getReason() { return reason; }
    public String getNote() { return note; }
    public Long getAnnouncementId() { return announcementId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}

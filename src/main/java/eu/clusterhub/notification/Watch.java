package eu.clusterhub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A member's watch of one thread, board or filter, at one {@link WatchLevel}. */
@Entity
@Table(name = "watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "target_type", nullable = false, updatable = false, length = 16)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(updatable = false, length = 500)
    private String filter;

    @Column(name = "target_key", nullable = false, updatable = false, length = 600)
    private String targetKey;

    @Column(nullable = false, length = 12)
    private String level;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Watch() {
        // for JPA
    }

    Watch(long accountId, WatchTarget target, WatchLevel level, LocalDateTime now) {
        this.accountId = accountId;
        this.targetType = target.type();
        this.targetId = target.id();
        this.filter = target.filter();
        this.targetKey = target.key();
        this.level = level.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeLevel(WatchLevel newLevel, LocalDateTime now) {
        if (!level.equals(newLevel.code())) {
            level = newLevel.code();
            updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public WatchTarget getTarget() {
        return new WatchTarget(targetType, targetId, filter);
    }

    public WatchLevel getLevel() {
        return WatchLevel.of(level).orElse(WatchLevel.NORMAL);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}

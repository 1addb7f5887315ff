package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a supplier (an offer) pledged against a need, as the need's owner recorded it. */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false, updatable = false)
    private long needId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false, updatable = false)
    private long quantity;

    @Column(name = "pledged_on", nullable = false, updatable = false)
    private LocalDate pledgedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Pledge() {
        // for JPA
    }

    Pledge(long needId, long offerId, long quantity, LocalDate pledgedOn, long recordedBy, LocalDateTime now) {
        this.needId = needId;
        this.offerId = offerId;
        this.quantity = quantity;
        this.pledgedOn = pledgedOn;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getNeedId() { return needId; }
    public long getOfferId() { return offerId; }
    public long getQuantity() { return quantity; }
    public LocalDate getPledgedOn() { return pledgedOn; }
    public long getRecordedBy() { return recordedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}

package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A "still valid" link mailed to a listing's owner before its date passes. Only the
 * SHA-256 of the link's token is stored; the link works once, for {@link #LIFETIME_DAYS} days.
 */
@Entity
@Table(name = "listing_reminder")
public class ListingReminder {

    static final int LIFETIME_DAYS = 7;

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    /** "offer" or "need". */
    @Column(name = "listing_kind", nullable = false, length = 8, updatable = false)
    private String listingKind;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected ListingReminder() {
        // for JPA
    }

    ListingReminder(String tokenHash, String listingKind, long listingId, LocalDateTime now) {
        this.tokenHash = tokenHash;
        this.listingKind = listingKind;
        this.listingId = listingId;
        this.createdAt = now;
        this.expiresAt = now.plusDays(LIFETIME_DAYS);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }

    void use(LocalDateTime now) {
        usedAt = now;
    }

    public String getListingKind() { return listingKind; }
    public long getListingId() { return listingId; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}

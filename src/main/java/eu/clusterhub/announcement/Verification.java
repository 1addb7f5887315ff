package eu.clusterhub.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * Provenance: who checked an announcement against its official source, and when. The name
 * is kept as written then, since seed content is verified by an editorial team, not an account.
 */
@Embeddable
public class Verification {

    @Column(name = "verified_by_id")
    private Long verifiedById;

    @Column(name = "verified_by_name", length = 120)
    private String verifiedByName;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    protected Verification() {
        // for JPA
    }

    public Verification(Long verifiedById, String verifiedByName, LocalDateTime verifiedAt) {
        this.verifiedById = verifiedById;
        this.verifiedByName = verifiedByName;
        this.verifiedAt = verifiedAt;
    }

    public boolean isPresent() {
        return verifiedAt != null;
    }

    public Long getVerifiedById() {
        return verifiedById;
    }

    public String getVerifiedByName() {
        return verifiedByName;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }
}

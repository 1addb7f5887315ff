package eu.clusterhub.account;

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
 * The organisation a member acts for. Every registration creates its own record: a name
 * is a claim, and only a moderator's verification turns it into the trust badge.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 120)
    private String sector;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationKind kind, String country, String sector) {
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.sector = sector;
        this.createdAt = Clock.now();
    }

    public void verify(long moderatorId) {
        this.verifiedAt = Clock.now();
        this.verifiedBy = moderatorId;
    }

    public void unverify() {
        this.verifiedAt = null;
        this.verifiedBy = null;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getCountryName() {
        return Countries.name(country);
    }

    public String getSector() {
        return sector;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }
}

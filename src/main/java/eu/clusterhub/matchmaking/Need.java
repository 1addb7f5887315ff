package eu.clusterhub.matchmaking;

import jakarta.persistence.CollectionTable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** What a member's organisation needs: so much of a category, delivered to a country by a date. */
@Entity
@Table(name = "need")
public class Need extends Listing {

    @Column(nullable = false)
    private long quantity;

    @Column(name = "needed_by", nullable = false)
    private LocalDate neededBy;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 5)
    private String region;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "need_certification", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "certification_id")
    private Set<Long> certificationIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NeedStatus status;

    /** The sum of the pledges recorded against this need. */
    @Column(nullable = false)
    private long pledged;

    protected Need() {
        // for JPA
    }

    public Need(long ownerId, Long organisationId, ListingRules.NeedInput input, LocalDateTime now) {
        super(ownerId, organisationId, now);
        this.status = NeedStatus.OPEN;
        take(input, now);
    }

    /** Takes the checked fields of a new version; the status follows a changed quantity. */
    void take(ListingRules.NeedInput input, LocalDateTime now) {
        describe(input.category(), input.title(), input.description(), input.unit(), input.language(), now);
        quantity = input.quantity();
        if (!input.neededBy().equals(neededBy)) {
            dateChanged();
        }
        neededBy = input.neededBy();
        country = input.country();
        region = input.region();
        certificationIds.clear();
        input.certifications().forEach(c -> certificationIds.add(c.getId()));
        followCoverage();
    }

    /** A contact request was sent about this need: an open need is now in contact. */
    void contacted(LocalDateTime now) {
        if (status == NeedStatus.OPEN) {
            status = NeedStatus.IN_CONTACT;
            touched(now);
        }
    }

    /** A supplier pledged this much: the need moves to partly covered or covered. */
    void pledge(long amount, LocalDateTime now) {
        pledged = Math.addExact(pledged, amount);
        touched(now);
        followCoverage();
    }

    private void followCoverage() {
        if (!status.isActive() && status != NeedStatus.COVERED) {
            return;
        }
        if (pledged >= quantity) {
            status = NeedStatus.COVERED;
        } else if (pledged > 0) {
            status = NeedStatus.PARTLY_COVERED;
        } else if (status == NeedStatus.COVERED || status == NeedStatus.PARTLY_COVERED) {
            status = NeedStatus.OPEN;
        }
    }

    void close(NeedStatus closing, LocalDateTime now) {
        status = closing;
        touched(now);
    }

    /** "Still valid": the date moves on. */
    void extendTo(LocalDate newNeededBy, LocalDateTime now) {
        neededBy = newNeededBy;
        dateChanged();
        touched(now);
    }

    /** What is still missing, 0 when covered. */
    public long getRemaining() {
        return Math.max(0, quantity - pledged);
    }

    /** The pledged share as a whole percentage, at most 100. */
    public int getCoveredPercent() {
        return (int) Math.min(100, pledged * 100 / quantity);
    }

    public long getQuantity() { return quantity; }
    public LocalDate getNeededBy() { return neededBy; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public Set<Long> getCertificationIds() { return Set.copyOf(certificationIds); }
    public NeedStatus getStatus() { return status; }
    public long getPledged() { return pledged; }
}

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
import java.util.TreeSet;

/** Production capacity a member offers for their organisation: so much a week, after a lead time, until a date. */
@Entity
@Table(name = "offer")
public class Offer extends Listing {

    @Column(name = "capacity_per_week", nullable = false)
    private long capacityPerWeek;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "minimum_order", nullable = false)
    private long minimumOrder;

    @Column(name = "all_countries", nullable = false)
    private boolean allCountries;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_country", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "offer_certification", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "certification_id")
    private Set<Long> certificationIds = new HashSet<>();

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OfferStatus status;

    protected Offer() {
        // for JPA
    }

    public Offer(long ownerId, Long organisationId, ListingRules.OfferInput input, LocalDateTime now) {
        super(ownerId, organisationId, now);
        this.status = OfferStatus.OPEN;
        take(input, now);
    }

    /** Takes the checked fields of a new version. */
    void take(ListingRules.OfferInput input, LocalDateTime now) {
        describe(input.category(), input.title(), input.description(), input.unit(), input.language(), now);
        capacityPerWeek = input.capacityPerWeek();
        leadTimeDays = input.leadTimeDays();
        minimumOrder = input.minimumOrder();
        allCountries = input.countries().isEmpty();
        countries.clear();
        countries.addAll(input.countries());
        certificationIds.clear();
        input.certifications().forEach(c -> certificationIds.add(c.getId()));
        if (!input.validUntil().equals(validUntil)) {
            dateChanged();
        }
        validUntil = input.validUntil();
    }

    void changeStatus(OfferStatus newStatus, LocalDateTime now) {
        status = newStatus;
        touched(now);
    }

    /** "Still valid": the validity moves on by the given days. */
    void extendTo(LocalDate newValidUntil, LocalDateTime now) {
        validUntil = newValidUntil;
        dateChanged();
        touched(now);
    }

    public boolean isMatchable(LocalDate today) {
        return status == OfferStatus.OPEN && !validUntil.isBefore(today);
    }

    public long getCapacityPerWeek() { return capacityPerWeek; }
    public int getLeadTimeDays() { return leadTimeDays; }
    public long getMinimumOrder() { return minimumOrder; }
    public boolean isAllCountries() { return allCountries; }
    /** Sorted; empty when the offer serves all of the EU/EEA. */
    public Set<String> getCountries() { return new TreeSet<>(countries); }
    public Set<Long> getCertificationIds() { return Set.copyOf(certificationIds); }
    public LocalDate getValidUntil() { return validUntil; }
    public OfferStatus getStatus() { return status; }
}

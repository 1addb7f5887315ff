package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Markdown;
import jakarta.persistence.CollectionTable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** Production capacity a member offers for their organisation: so much a week, after a lead time, until a date. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(name = "description_markdown", nullable = false)
    private String descriptionMarkdown;

    /** Rendered and sanitized once, when written. */
    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Column(name = "capacity_per_week", nullable = false)
    private long capacityPerWeek;

    @Convert(converter = UnitConverter.class)
    @Column(nullable = false, length = 16)
    private Unit unit;

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

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Version
    private long version;

    protected Offer() {
        // for JPA
    }

    public Offer(long ownerId, Long organisationId, ListingRules.OfferInput input, LocalDateTime now) {
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.createdAt = now;
        this.status = OfferStatus.OPEN;
        take(input, now);
    }

    /** Takes the checked fields of a new version. */
    void take(ListingRules.OfferInput input, LocalDateTime now) {
        categoryId = input.category().getId();
        title = input.title();
        descriptionMarkdown = input.description();
        descriptionHtml = Markdown.toSafeHtml(input.description());
        capacityPerWeek = input.capacityPerWeek();
        unit = input.unit();
        leadTimeDays = input.leadTimeDays();
        minimumOrder = input.minimumOrder();
        allCountries = input.countries().isEmpty();
        countries.clear();
        countries.addAll(input.countries());
        certificationIds.clear();
        input.certifications().forEach(c -> certificationIds.add(c.getId()));
        if (!input.validUntil().equals(validUntil)) {
            remindedAt = null;
        }
        validUntil = input.validUntil();
        language = input.language();
        updatedAt = now;
    }

    void changeStatus(OfferStatus newStatus, LocalDateTime now) {
        status = newStatus;
        updatedAt = now;
    }

    void attachThread(long thread) {
        threadId = thread;
    }

    /** The expiry reminder went out; a new validity date makes room for the next one. */
    void reminded(LocalDateTime now) {
        remindedAt = now;
    }

    /** "Still valid": the validity moves on by the given days. */
    void extendTo(LocalDate newValidUntil, LocalDateTime now) {
        validUntil = newValidUntil;
        remindedAt = null;
        updatedAt = now;
    }

    public boolean isMatchable(LocalDate today) {
        return status == OfferStatus.OPEN && !validUntil.isBefore(today);
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public Long getOrganisationId() { return organisationId; }
    public long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getDescriptionMarkdown() { return descriptionMarkdown; }
    public String getDescriptionHtml() { return descriptionHtml; }
    public long getCapacityPerWeek() { return capacityPerWeek; }
    public Unit getUnit() { return unit; }
    public int getLeadTimeDays() { return leadTimeDays; }
    public long getMinimumOrder() { return minimumOrder; }
    public boolean isAllCountries() { return allCountries; }
    /** Sorted; empty when the offer serves all of the EU/EEA. */
    public Set<String> getCountries() { return new TreeSet<>(countries); }
    public Set<Long> getCertificationIds() { return Set.copyOf(certificationIds); }
    public LocalDate getValidUntil() { return validUntil; }
    public OfferStatus getStatus() { return status; }
    public String getLanguage() { return language; }
    public Long getThreadId() { return threadId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public long getVersion() { return version; }
}

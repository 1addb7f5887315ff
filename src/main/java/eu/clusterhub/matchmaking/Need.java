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

/** What a member's organisation needs: so much of a category, delivered to a country by a date. */
@Entity
@Table(name = "need")
public class Need {

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

    @Column(nullable = false)
    private long quantity;

    @Convert(converter = UnitConverter.class)
    @Column(nullable = false, length = 16)
    private Unit unit;

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

    protected Need() {
        // for JPA
    }

    public Need(long ownerId, Long organisationId, ListingRules.NeedInput input, LocalDateTime now) {
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.createdAt = now;
        this.status = NeedStatus.OPEN;
        take(input, now);
    }

    /** Takes the checked fields of a new version; the status follows a changed quantity. */
    void take(ListingRules.NeedInput input, LocalDateTime now) {
        categoryId = input.category().getId();
        title = input.title();
        descriptionMarkdown = input.description();
        descriptionHtml = Markdown.toSafeHtml(input.description());
        quantity = input.quantity();
        unit = input.unit();
        if (!input.neededBy().equals(neededBy)) {
            remindedAt = null;
        }
        neededBy = input.neededBy();
        country = input.country();
        region = input.region();
        certificationIds.clear();
        input.certifications().forEach(c -> certificationIds.add(c.getId()));
        language = input.language();
        updatedAt = now;
        followCoverage();
    }

    /** A contact request was sent about this need: an open need is now in contact. */
    void contacted(LocalDateTime now) {
        if (status == NeedStatus.OPEN) {
            status = NeedStatus.IN_CONTACT;
            updatedAt = now;
        }
    }

    /** A supplier pledged this much: the need moves to partly covered or covered. */
    void pledge(long amount, LocalDateTime now) {
        pledged = Math.addExact(pledged, amount);
        updatedAt = now;
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
        updatedAt = now;
    }

    void attachThread(long thread) {
        threadId = thread;
    }

    void reminded(LocalDateTime now) {
        remindedAt = now;
    }

    /** "Still valid": the date moves on. */
    void extendTo(LocalDate newNeededBy, LocalDateTime now) {
        neededBy = newNeededBy;
        remindedAt = null;
        updatedAt = now;
    }

    /** What is still missing, 0 when covered. */
    public long getRemaining() {
        return Math.max(0, quantity - pledged);
    }

    /** The pledged share as a whole percentage, at most 100. */
    public int getCoveredPercent() {
        return (int) Math.min(100, pledged * 100 / quantity);
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public Long getOrganisationId() { return organisationId; }
    public long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getDescriptionMarkdown() { return descriptionMarkdown; }
    public String getDescriptionHtml() { return descriptionHtml; }
    public long getQuantity() { return quantity; }
    public Unit getUnit() { return unit; }
    public LocalDate getNeededBy() { return neededBy; }
    public String getCountry() { return country; }
    public String getRegion() { return region; }
    public Set<Long> getCertificationIds() { return Set.copyOf(certificationIds); }
    public NeedStatus getStatus() { return status; }
    public long getPledged() { return pledged; }
    public String getLanguage() { return language; }
    public Long getThreadId() { return threadId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public long getVersion() { return version; }
}

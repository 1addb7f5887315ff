package eu.clusterhub.announcement;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.Markdown;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure of the Commission, an EU body or a Member State, as curated for cluster members.
 * The body is rendered to sanitized HTML once, when it is written. Lists load topics and
 * links for a whole page in one query each (see {@link AnnouncementRepository}).
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80, updatable = false)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Lob
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 32)
    private SourceType sourceType;

    @Column(name = "issuing_body", nullable = false, length = 200)
    private String issuingBody;

    @Column(length = 2)
    private String country;

    @ManyToMany
    @JoinTable(name = "announcement_topic",
            joinColumns = @JoinColumn(name = "announcement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("position")
    private List<Topic> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "announcement_link", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    private List<OfficialLink> links = new ArrayList<>();

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnnouncementStatus status;

    @Column(nullable = false)
    private boolean pinned;

    @Embedded
    private Verification verification;

    @Column(name = "suggested_by")
    private Long suggestedBy;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Version
    private long version;

    protected Announcement() {
        // for JPA
    }

    Announcement(String slug, Long createdBy, LocalDateTime now) {
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = AnnouncementStatus.DRAFT;
    }

    /**
     * Takes the written content. Returns false, and leaves {@code updatedAt} alone, when it
     * equals what is stored.
     */
    boolean write(AnnouncementContent content, LocalDateTime now) {
        Snapshot before = Snapshot.of(this);
        title = content.title();
        summary = content.summary();
        if (!content.bodyMarkdown().equals(bodyMarkdown)) {
            bodyMarkdown = content.bodyMarkdown();
            bodyHtml = Markdown.toSafeHtml(bodyMarkdown);
        }
        sourceType = content.sourceType();
        issuingBody = content.issuingBody();
        country = content.country();
        if (!topics.equals(content.topics())) {
            topics.clear();
            topics.addAll(content.topics());
        }
        if (!links.equals(content.links())) {
            links.clear();
            links.addAll(content.links());
        }
        effectiveDate = content.effectiveDate();
        expiryDate = content.expiryDate();
        language = content.language();
        boolean changed = Snapshot.of(this).contentDiffers(before);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    void publish(LocalDateTime now) {
        status = AnnouncementStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void archive() {
        status = AnnouncementStatus.ARCHIVED;
    }

    void pin(boolean value) {
        pinned = value;
    }

    void verify(Verification by) {
        verification = by;
    }

    void suggestedBy(Long accountId) {
        suggestedBy = accountId;
    }

    void sourceHash(String hash) {
        sourceHash = hash;
    }

    /** Readers see "updated on" when the content changed after it was published. */
    public boolean isUpdatedSincePublished() {
        return publishedAt != null && updatedAt.isAfter(publishedAt);
    }

    public boolean isExpired(LocalDate today) {
        return expiryDate != null && expiryDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public String getCountry() {
        return country;
    }

    public String getCountryName() {
        return country == null ? null : Countries.name(country);
    }

    public List<Topic> getTopics() {
        return List.copyOf(topics);
    }

    public List<OfficialLink> getLinks() {
        return List.copyOf(links);
    }

    /** The first official link: the one the list and the API lead with. */
    public String getOfficialUrl() {
        return links.isEmpty() ? null : links.get(0).getUrl();
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public String getLanguage() {
        return language;
    }

    public AnnouncementStatus getStatus() {
        return status;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Verification getVerification() {
        return verification == null ? new Verification(null, null, null) : verification;
    }

    public Long getSuggestedBy() {
        return suggestedBy;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public long getVersion() {
        return version;
    }
}

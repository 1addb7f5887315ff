package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Markdown;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * What an offer and a need both are: published by a member for their organisation, filed
 * under a category, a title and a Markdown description (rendered and sanitized once, when
 * written), counted in a unit, in a language, with its discussion thread, and a version
 * that every edit checks.
 */
@MappedSuperclass
public abstract class Listing {

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

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Convert(converter = UnitConverter.class)
    @Column(nullable = false, length = 16)
    private Unit unit;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** When the expiry reminder went out; a new date makes room for the next one. */
    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private eu.clusterhub.platform.ModerationState moderation = eu.clusterhub.platform.ModerationState.VISIBLE;

    @Column(name = "moderation_reason", length = 500)
    private String moderationReason;

    @Version
    private long version;

    protected Listing() {
        // for JPA
    }

    Listing(long ownerId, Long organisationId, LocalDateTime now) {
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    /** Takes the fields every listing has, from a checked input. */
    void describe(ProductCategory category, String newTitle, String description, Unit newUnit, String newLanguage,
                  LocalDateTime now) {
        categoryId = category.getId();
        title = newTitle;
        descriptionMarkdown = description;
        descriptionHtml = Markdown.toSafeHtml(description);
        unit = newUnit;
        language = newLanguage;
        updatedAt = now;
    }

    void touched(LocalDateTime now) {
        updatedAt = now;
    }

    void attachThread(long thread) {
        threadId = thread;
    }

    void reminded(LocalDateTime now) {
        remindedAt = now;
    }

    /** The date the listing runs to changed: the next reminder is due for the new date. */
    void dateChanged() {
        remindedAt = null;
    }

    /** The owners of some listings, to read their accounts in one query. */
    static java.util.Set<Long> ownerIds(java.util.Collection<? extends Listing> listings) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        listings.forEach(l -> ids.add(l.getOwnerId()));
        return ids;
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public Long getOrganisationId() { return organisationId; }
    public long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getDescriptionMarkdown() { return descriptionMarkdown; }
    public String getDescriptionHtml() { return descriptionHtml; }
    public Unit getUnit() { return unit; }
    public String getLanguage() { return language; }
    public Long getThreadId() { return threadId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public long getVersion() { return version; }
    /** Set by the moderation feature only (hold, hide, approve, keep). */
    public void moderate(eu.clusterhub.platform.ModerationState state, String reason) {
        moderation = state;
        moderationReason = state.reasonKept(reason);
    }

    public eu.clusterhub.platform.ModerationState getModeration() {
        return moderation;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    /** Shown to everyone (not held for approval, not hidden). */
    public boolean isVisible() {
        return moderation.isVisible();
    }

    /** Whether this account may see the item: visible, or its author, or a moderator. */
    public boolean isVisibleTo(eu.clusterhub.account.Account viewer) {
        return eu.clusterhub.account.Account.sees(viewer, moderation, ownerId);
    }
}

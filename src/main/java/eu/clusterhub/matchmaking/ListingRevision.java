package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An offer or need as it was before an edit: its fields as JSON, the version they had, who changed them and when. */
@Entity
@Table(name = "listing_revision")
public class ListingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_kind", nullable = false, length = 8, updatable = false)
    private String listingKind;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(nullable = false, updatable = false)
    private long version;

    @Column(name = "editor_id", nullable = false, updatable = false)
    private long editorId;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private LocalDateTime editedAt;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected ListingRevision() {
        // for JPA
    }

    ListingRevision(String listingKind, long listingId, long version, long editorId, LocalDateTime editedAt, String snapshot) {
        this.listingKind = listingKind;
        this.listingId = listingId;
        this.version = version;
        this.editorId = editorId;
        this.editedAt = editedAt;
        this.snapshot = snapshot;
    }

    public Long getId() { return id; }
    public String getListingKind() { return listingKind; }
    public long getListingId() { return listingId; }
    public long getVersion() { return version; }
    public long getEditorId() { return editorId; }
    public LocalDateTime getEditedAt() { return editedAt; }
    /** The fields as the API shows them, before the edit. */
    public String getSnapshot() { return snapshot; }
}

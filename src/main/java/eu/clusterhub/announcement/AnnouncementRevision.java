package eu.clusterhub.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** One change of an announcement: who, when, which fields, and the state after it. */
@Entity
@Table(name = "announcement_revision")
public class AnnouncementRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "announcement_id", nullable = false, updatable = false)
    private long announcementId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RevisionAction action;

    @Column(name = "changed_fields", nullable = false, length = 500, updatable = false)
    private String changedFields;

    @Column(name = "edited_by_id")
    private Long editedById;

    @Column(name = "edited_by_name", nullable = false, length = 120)
    private String editedByName;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private LocalDateTime editedAt;

    @Lob
    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected AnnouncementRevision() {
        // for JPA
    }

    AnnouncementRevision(long announcementId, int number, RevisionAction action, List<String> changedFields,
                         Editor editor, LocalDateTime editedAt, Snapshot snapshot) {
        this.announcementId = announcementId;
        this.number = number;
        this.action = action;
        this.changedFields = String.join(",", changedFields);
        this.editedById = editor.accountId();
        this.editedByName = editor.name();
        this.editedAt = editedAt;
        this.snapshot = snapshot.toJson();
    }

    public long getAnnouncementId() {
        return announcementId;
    }

    public int getNumber() {
        return number;
    }

    public RevisionAction getAction() {
        return action;
    }

    public List<String> getChangedFields() {
        return changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
    }

    /** The changed fields by their labels, for pages. */
    public String getChangedLabels() {
        return String.join(", ", getChangedFields().stream().map(f -> Snapshot.LABELS.getOrDefault(f, f)).toList());
    }

    public Long getEditedById() {
        return editedById;
    }

    public String getEditedByName() {
        return editedByName;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public Snapshot getSnapshot() {
        return Snapshot.fromJson(snapshot);
    }
}

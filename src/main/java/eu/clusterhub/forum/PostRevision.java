package eu.clusterhub.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One version of a post's text: number 1 is what was first posted, each edit adds one. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Column(name = "body_markdown", nullable = false, updatable = false)
    private String bodyMarkdown;

    @Column(name = "edited_by")
    private Long editedBy;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private LocalDateTime editedAt;

    /** Edited by a moderator reviewing the post, not by its author. */
    @Column(name = "by_moderator", nullable = false, updatable = false)
    private boolean byModerator;

    protected PostRevision() {
        // for JPA
    }

    PostRevision(long postId, int number, String bodyMarkdown, Long editedBy, LocalDateTime editedAt) {
        this.postId = postId;
        this.number = number;
        this.bodyMarkdown = bodyMarkdown;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    PostRevision byModerator() {
        byModerator = true;
        return this;
    }

    public boolean isByModerator() {
        return byModerator;
    }

    public int getNumber() {
        return number;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Long getEditedBy() {
        return editedBy;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }
}

package eu.clusterhub.forum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A board of the forum, such as "I need help" or "Funding". Times are UTC. */
@Entity
@Table(name = "board")
@Cacheable // read on every forum page, written by the content import and admins only
public class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Board() {
        // for JPA
    }

    public Board(String slug, String name, String description, int position) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.position = position;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /**
     * Takes name, description and position from a seed file entry, unless the entry is the
     * one that last wrote this board.
     *
     * @return whether anything changed
     */
    public boolean takeSeed(String name, String description, int position, String hash) {
        if (hash.equals(sourceHash)) {
            return false;
        }
        this.name = name;
        this.description = description;
        this.position = position;
        this.sourceHash = hash;
        this.updatedAt = now();
        return true;
    }

    /** An admin's new name and description. */
    void rename(String name, String description) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.updatedAt = now();
    }

    void moveTo(int position) {
        if (this.position != position) {
            this.position = position;
            this.updatedAt = now();
        }
    }

    /** Archived boards stay readable but take no new threads or replies. */
    void archive(boolean value) {
        this.archived = value;
        this.updatedAt = now();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

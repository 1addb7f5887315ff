package eu.clusterhub.announcement;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the managed topic list (content/topics.yml), e.g. "State aid". */
@Entity
@Table(name = "topic")
@Cacheable
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected Topic() {
        // for JPA
    }

    public Topic(String slug) {
        this.slug = slug;
    }

    /** Takes the entry from the content file; false when it did not change. */
    public boolean takeSeed(String newName, int newPosition, String hash) {
        if (hash.equals(sourceHash)) {
            return false;
        }
        name = newName;
        position = newPosition;
        sourceHash = hash;
        return true;
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

    public int getPosition() {
        return position;
    }
}

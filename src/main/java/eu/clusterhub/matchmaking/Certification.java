package eu.clusterhub.matchmaking;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One certification of content/certifications.yml, e.g. "EN 149" for FFP masks. */
@Entity
@Table(name = "certification")
@Cacheable
public class Certification {

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

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected Certification() {
        // for JPA
    }

    public Certification(String slug) {
        this.slug = slug;
    }

    /** Takes the entry from the content file; false when it did not change. */
    boolean takeSeed(SeedCertification seed) {
        String hash = seed.sourceHash();
        if (hash.equals(sourceHash)) {
            return false;
        }
        name = seed.name();
        description = seed.description();
        position = seed.order();
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

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    String getSourceHash() {
        return sourceHash;
    }
}

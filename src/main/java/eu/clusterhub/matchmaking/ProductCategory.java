package eu.clusterhub.matchmaking;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product or capacity category of content/products.yml, e.g. "FFP2 masks" under "Masks". */
@Entity
@Table(name = "product_category")
@Cacheable
public class ProductCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ProductCategory parent;

    @Column(nullable = false)
    private int depth;

    @Convert(converter = UnitConverter.class)
    @Column(nullable = false, length = 16)
    private Unit unit;

    @Column(length = 10)
    private String cpv;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected ProductCategory() {
        // for JPA
    }

    public ProductCategory(String slug) {
        this.slug = slug;
    }

    /** Takes the entry from the content file; false when it did not change. */
    boolean takeSeed(SeedProduct seed, ProductCategory newParent) {
        String hash = seed.sourceHash();
        if (hash.equals(sourceHash)) {
            return false;
        }
        name = seed.name();
        parent = newParent;
        depth = seed.depth();
        unit = seed.unit();
        cpv = seed.cpv();
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

    public ProductCategory getParent() {
        return parent;
    }

    /** 1 for a top-level category, at most 3. */
    public int getDepth() {
        return depth;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getCpv() {
        return cpv;
    }

    public int getPosition() {
        return position;
    }

    String getSourceHash() {
        return sourceHash;
    }
}

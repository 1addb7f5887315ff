package eu.clusterhub.matchmaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The managed lists of matchmaking as the rest of the application sees them; hides JPA. */
@ApplicationScoped
public class MatchmakingRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** Every category with its parent; {@link CategoryTree} puts them in reading order. */
    public List<ProductCategory> categories() {
        return em.createQuery("SELECT c FROM ProductCategory c LEFT JOIN FETCH c.parent ORDER BY c.depth, c.position, c.name",
                ProductCategory.class).getResultList();
    }

    public Optional<ProductCategory> category(String slug) {
        return em.createQuery("SELECT c FROM ProductCategory c WHERE c.slug = :slug", ProductCategory.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Certification> certifications() {
        return em.createQuery("SELECT c FROM Certification c ORDER BY c.position, c.name", Certification.class).getResultList();
    }

    public Optional<Certification> certification(String slug) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.slug = :slug", Certification.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    void add(ProductCategory category) {
        em.persist(category);
    }

    void add(Certification certification) {
        em.persist(certification);
    }
}

package eu.clusterhub.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Static pages; hides JPA. */
@ApplicationScoped
public class PageRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public Optional<Page> bySlug(String slug) {
        return em.createQuery("SELECT p FROM Page p WHERE p.slug = :slug", Page.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    void add(Page page) {
        em.persist(page);
    }
}

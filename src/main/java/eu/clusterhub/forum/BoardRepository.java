package eu.clusterhub.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Boards as the rest of the application sees them; hides JPA. */
@ApplicationScoped
public class BoardRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** Boards in their display order; archived ones last. */
    public List<Board> listed() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.archived, b.position, b.name", Board.class)
                .getResultList();
    }

    public Optional<Board> bySlug(String slug) {
        return em.createQuery("SELECT b FROM Board b WHERE b.slug = :slug", Board.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Board> byId(long id) {
        return Optional.ofNullable(em.find(Board.class, id));
    }

    /** The board a thread is in (whether it is archived decides what the thread takes). */
    public Board of(ForumThread thread) {
        return byId(thread.getBoardId()).orElseThrow(() -> new IllegalStateException("thread " + thread.getId() + " has no board"));
    }

    /** A board locked for a change, so two admins' edits and reorders queue up instead of racing. */
    public Optional<Board> bySlugForUpdate(String slug) {
        return em.createQuery("SELECT b FROM Board b WHERE b.slug = :slug", Board.class)
                .setParameter("slug", slug)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** All boards locked, in display order, for a reorder. */
    public List<Board> allForUpdate() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.archived, b.position, b.name", Board.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public void add(Board board) {
        em.persist(board);
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Threads and posts as the rest of the application sees them; hides JPA. */
@ApplicationScoped
public class ForumRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** Per board: threads, posts, last activity, from one grouped query. */
    public record BoardStats(long threads, long posts, LocalDateTime lastActivityAt) {
    }

    public Map<Long, BoardStats> boardStats() {
        Map<Long, BoardStats> stats = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.boardId, COUNT(t), SUM(t.postCount), MAX(t.lastActivityAt)"
                + " FROM ForumThread t WHERE t.moderation = eu.clusterhub.platform.ModerationState.VISIBLE GROUP BY t.boardId", Object[].class).getResultList()) {
            stats.put((Long) row[0], new BoardStats((Long) row[1], ((Number) row[2]).longValue(), (LocalDateTime) row[3]));
        }
        return stats;
    }

    public Optional<ForumThread> thread(long id) {
        // with its tags in the same query: every page and API answer that shows a thread shows them
        return em.createQuery("SELECT DISTINCT t FROM ForumThread t LEFT JOIN FETCH t.tags WHERE t.id = :id", ForumThread.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** For a new post: the row stays locked until commit, so posts of one thread queue up. */
    Optional<ForumThread> threadForUpdate(long id) {
        return Optional.ofNullable(em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Post> post(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    /** The post at a position of a thread (positions count from 1 in the order written). */
    public Optional<Post> postAt(long threadId, int position) {
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :thread AND p.position = :position", Post.class)
                .setParameter("thread", threadId).setParameter("position", position)
                .getResultStream().findFirst();
    }

    /** A board's threads: pinned first, then by last activity; only those not hidden or awaiting approval. */
    public ResultPage<ForumThread> threads(long boardId, ThreadType type, String tag, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM ForumThread t WHERE t.boardId = :board AND t.moderation = eu.clusterhub.platform.ModerationState.VISIBLE");
        Map<String, Object> params = new HashMap<>();
        params.put("board", boardId);
        if (type != null) {
            where.append(" AND t.type = :type");
            params.put("type", type);
        }
        if (tag != null) {
            where.append(" AND :tag MEMBER OF t.tags");
            params.put("tag", tag);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<ForumThread> select = em.createQuery("SELECT t" + where
                + " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC", ForumThread.class);
        params.forEach(select::setParameter);
        List<ForumThread> items = total <= (long) (page - 1) * size ? List.of()
                : select.setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN")
                        .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ResultPage<>(total, items, page, size);
    }

    /** A page of a thread's posts, in the order written (flat) or in tree order (nested). */
    /**
     * A page of a thread's posts, to show: read-only (no copies kept for changes). In the
     * flat view a page is a range of positions (numbered 1..n without gaps, see
     * {@link ThreadPaging#pageOf}), which reads one index range and lets the provider keep
     * the prepared query; LIMIT/OFFSET made it prepare the query again on every call.
     */
    public List<Post> posts(long threadId, boolean tree, int page, int size) {
        if (tree) {
            return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :thread ORDER BY p.treePath", Post.class)
                    .setParameter("thread", threadId).setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                    .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        }
        return em.createNamedQuery(Post.PAGE, Post.class)
                .setParameter("thread", threadId)
                .setParameter("first", (page - 1) * size + 1).setParameter("last", page * size)
                .getResultList();
    }

    /**
     * The same page of posts as {@link #posts}, as id, version and author only: what a page's
     * tag needs, without reading the bodies or building entities.
     */
    public List<Object[]> postVersions(long threadId, boolean tree, int page, int size) {
        if (tree) {
            return em.createQuery("SELECT p.id, p.version, p.authorId FROM Post p WHERE p.threadId = :thread"
                            + " ORDER BY p.treePath", Object[].class)
                    .setParameter("thread", threadId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        }
        return em.createQuery("SELECT p.id, p.version, p.authorId FROM Post p WHERE p.threadId = :thread"
                        + " AND p.position BETWEEN :first AND :last ORDER BY p.position", Object[].class)
                .setParameter("thread", threadId)
                .setParameter("first", (page - 1) * size + 1).setParameter("last", page * size)
                .getResultList();
    }

    /** For a change to a post (edit, delete, helpful): the row is locked until commit. */
    Optional<Post> postForUpdate(long id) {
        return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<PostRevision> revisions(long postId) {
        return em.createQuery("SELECT r FROM PostRevision r WHERE r.postId = :post ORDER BY r.number", PostRevision.class)
                .setParameter("post", postId).getResultList();
    }

    void add(PostRevision revision) {
        em.persist(revision);
    }

    /** Marks or unmarks a post as helpful for an account; true when it is now marked. */
    boolean toggleHelpful(long postId, long accountId, LocalDateTime now) {
        int removed = em.createNativeQuery("DELETE FROM post_helpful WHERE post_id = ? AND account_id = ?")
                .setParameter(1, postId).setParameter(2, accountId).executeUpdate();
        if (removed > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO post_helpful (post_id, account_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, postId).setParameter(2, accountId).setParameter(3, now).executeUpdate();
        return true;
    }

    /** A board's newest threads, for its feed. */
    public List<ForumThread> newestThreads(long boardId, int limit) {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.boardId = :board AND t.moderation = eu.clusterhub.platform.ModerationState.VISIBLE"
                + " ORDER BY t.createdAt DESC, t.id DESC",
                ForumThread.class).setParameter("board", boardId).setMaxResults(limit).getResultList();
    }

    /** The first posts of these threads, by thread id, in one query. */
    public Map<Long, Post> firstPosts(List<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Post> first = new HashMap<>();
        em.createQuery("SELECT p FROM Post p WHERE p.threadId IN :ids AND p.position = 1", Post.class)
                .setParameter("ids", threadIds).getResultList().forEach(p -> first.put(p.getThreadId(), p));
        return first;
    }

    /** A thread's newest posts that are not deleted, for its feed. */
    public List<Post> newestPosts(long threadId, int limit) {
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :thread AND p.deletedAt IS NULL AND p.moderation = eu.clusterhub.platform.ModerationState.VISIBLE"
                + " ORDER BY p.position DESC", Post.class).setParameter("thread", threadId).setMaxResults(limit).getResultList();
    }

    /** How many posts come before this one in its thread's tree order (for paging the nested view). */
    public int treeIndex(Post post) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.threadId = :thread AND p.treePath < :path", Long.class)
                .setParameter("thread", post.getThreadId()).setParameter("path", post.getTreePath()).getSingleResult().intValue();
    }

    void add(ForumThread thread) {
        em.persist(thread);
        em.flush(); // the first post needs the thread's id
    }

    void add(Post post) {
        em.persist(post);
        em.flush(); // the id is returned to the writer
    }
}

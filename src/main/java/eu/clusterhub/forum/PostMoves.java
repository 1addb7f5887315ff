package eu.clusterhub.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves posts between threads for merge and split, keeping what the rest of the forum counts
 * on: a thread's positions run 1..n without gaps (paging, replies, reading state), tree
 * paths follow positions, and a reply whose parent is not in its new thread becomes top
 * level. Posts keep their ids, authors, dates, bodies, revisions and helpful marks: only
 * thread, position, tree path, depth and parent change. The rows are rewritten with SQL
 * (the entity maps these columns read-only; Post is not in the shared cache), in two steps
 * so that the unique (thread, position) never sees two rows at once.
 */
@ApplicationScoped
class PostMoves {

    private static final int CHUNK = 200;

    /** A post as moving needs it: where it is now. */
    record PostRow(long id, long threadId, Long parentId, int position, int depth, String treePath, LocalDateTime createdAt,
                   long authorId, String language) {
    }

    /** The order posts written at different times take in one thread: by date, then id. */
    static final Comparator<PostRow> BY_DATE = Comparator.comparing(PostRow::createdAt).thenComparingLong(PostRow::id);

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** Every post of these threads, each thread's in position order. */
    List<PostRow> of(Collection<Long> threadIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(threadIds).getResultList();
        List<PostRow> posts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            posts.add(new PostRow(number(r[0]), number(r[1]), r[2] == null ? null : number(r[2]), (int) number(r[3]),
                    (int) number(r[4]), (String) r[5], time(r[6]), number(r[7]), (String) r[8]));
        }
        return posts;
    }

    private Query query(Collection<Long> threadIds) {
        Query query = em.createNativeQuery("SELECT id, thread_id, parent_id, position, depth, tree_path, created_at,"
                + " author_id, language FROM post WHERE thread_id IN (" + marks(threadIds.size()) + ")"
                + " ORDER BY thread_id, position");
        int index = 1;
        for (Long id : threadIds) {
            query.setParameter(index++, id);
        }
        return query;
    }

    /**
     * Makes {@code order} the posts of the thread, in that order: the first becomes its first
     * post. Parents outside the list are dropped (the reply becomes top level); depths and
     * tree paths follow. Only rows whose place changes are written.
     */
    void arrange(long threadId, List<PostRow> order) {
        Placement placement = place(threadId, order);
        List<Long> relocated = placement.relocated();
        List<Object[]> changed = new ArrayList<>();
        placement.changed().forEach(p -> changed.add(new Object[] {p.id(), p.position(), p.treePath(), p.depth(), p.parentId()}));
        // step 1: out of the way, to positions no post holds (-id is unique, and positions are positive)
        for (List<Long> chunk : chunks(relocated)) {
            Query move = em.createNativeQuery("UPDATE post SET thread_id = ?, position = -id WHERE id IN (" + marks(chunk.size()) + ")");
            move.setParameter(1, threadId);
            for (int i = 0; i < chunk.size(); i++) {
                move.setParameter(i + 2, chunk.get(i));
            }
            move.executeUpdate();
        }
        // step 2: each to its place
        for (List<Object[]> chunk : chunks(changed)) {
            StringBuilder sql = new StringBuilder("UPDATE post SET position = CASE id");
            List<Object> params = new ArrayList<>();
            for (Object[] c : chunk) {
                sql.append(" WHEN ? THEN ?");
                params.add(c[0]);
                params.add(c[1]);
            }
            sql.append(" END, tree_path = CASE id");
            for (Object[] c : chunk) {
                sql.append(" WHEN ? THEN ?");
                params.add(c[0]);
                params.add(c[2]);
            }
            sql.append(" END, depth = CASE id");
            for (Object[] c : chunk) {
                sql.append(" WHEN ? THEN ?");
                params.add(c[0]);
                params.add(c[3]);
            }
            sql.append(" END, parent_id = CASE id");
            for (Object[] c : chunk) {
                if (c[4] == null) {
                    sql.append(" WHEN ? THEN NULL");
                    params.add(c[0]);
                } else {
                    sql.append(" WHEN ? THEN ?");
                    params.add(c[0]);
                    params.add(c[4]);
                }
            }
            sql.append(" END WHERE id IN (").append(marks(chunk.size())).append(")");
            chunk.forEach(c -> params.add(c[0]));
            Query update = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                update.setParameter(i + 1, params.get(i));
            }
            update.executeUpdate();
        }
    }

    /** A post's new place in its thread. */
    record Place(long id, int position, String treePath, int depth, Long parentId) {
    }

    /** The posts that change thread or position (moved out of the way first), and every post whose place changes. */
    record Placement(List<Long> relocated, List<Place> changed) {
    }

    /** Where each post of {@code order} goes in the thread; what {@link #arrange} writes. */
    static Placement place(long threadId, List<PostRow> order) {
        Map<Long, String> paths = new HashMap<>();
        Map<Long, Integer> depths = new HashMap<>();
        List<Long> relocated = new ArrayList<>();
        List<Place> changed = new ArrayList<>();
        int position = 0;
        for (PostRow row : order) {
            position++;
            Long parent = row.parentId() != null && paths.containsKey(row.parentId()) ? row.parentId() : null;
            String path = (parent == null ? "" : paths.get(parent) + ".") + Post.segment(position);
            int depth = parent == null ? 0 : depths.get(parent) + 1;
            paths.put(row.id(), path);
            depths.put(row.id(), depth);
            boolean moves = row.threadId() != threadId || row.position() != position;
            if (moves) {
                relocated.add(row.id());
            }
            if (moves || !Objects.equals(parent, row.parentId()) || depth != row.depth() || !path.equals(row.treePath())) {
                changed.add(new Place(row.id(), position, path, depth, parent));
            }
        }
        return new Placement(relocated, changed);
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

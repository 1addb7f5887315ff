package eu.clusterhub.forum;

import eu.clusterhub.account.AccountErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each member has read each thread: written when a member views a page of posts
 * (only ever forward), read by the board page to mark new and unread threads.
 */
@ApplicationScoped
public class ReadingState {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** The member has seen the thread's posts up to this position. */
    @Transactional
    public void readUpTo(long accountId, long threadId, int position) {
        em.createNativeQuery("INSERT INTO thread_read (account_id, thread_id, last_read_position, read_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE read_at = VALUES(read_at),"
                        + " last_read_position = GREATEST(last_read_position, VALUES(last_read_position))")
                .setParameter(1, accountId).setParameter(2, threadId).setParameter(3, position)
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** Every thread of a board counts as read to its last post ("dismiss" on the board page). */
    @Transactional
    public void readBoard(long accountId, long boardId) {
        em.createNativeQuery("INSERT INTO thread_read (account_id, thread_id, last_read_position, read_at)"
                        + " SELECT ?, t.id, t.post_count, ? FROM forum_thread t WHERE t.board_id = ?"
                        + " ON DUPLICATE KEY UPDATE read_at = VALUES(read_at), last_read_position = VALUES(last_read_position)")
                .setParameter(1, accountId).setParameter(2, LocalDateTime.now(ZoneOffset.UTC)).setParameter(3, boardId)
                .executeUpdate();
    }

    /** The last position read, by thread id, for those of these threads the member has opened. */
    public Map<Long, Integer> lastRead(long accountId, Collection<Long> threadIds) {
        Map<Long, Integer> read = new HashMap<>();
        if (threadIds.isEmpty()) {
            return read;
        }
        var query = em.createNativeQuery("SELECT thread_id, last_read_position FROM thread_read WHERE account_id = ?"
                + " AND thread_id IN (" + String.join(",", Collections.nCopies(threadIds.size(), "?")) + ")");
        query.setParameter(1, accountId);
        int index = 2;
        for (Long id : threadIds) {
            query.setParameter(index++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> read.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return read;
    }

    /** Who has read these threads how far: account, then thread, then the last position read. */
    Map<Long, Map<Long, Integer>> readers(Collection<Long> threadIds) {
        var query = em.createNativeQuery("SELECT account_id, thread_id, last_read_position FROM thread_read WHERE thread_id IN ("
                + PostMoves.marks(threadIds.size()) + ")");
        int index = 1;
        for (Long id : threadIds) {
            query.setParameter(index++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Map<Long, Integer>> readers = new HashMap<>();
        rows.forEach(row -> readers.computeIfAbsent(((Number) row[0]).longValue(), a -> new HashMap<>())
                .put(((Number) row[1]).longValue(), ((Number) row[2]).intValue()));
        return readers;
    }

    /**
     * After a merge or split the thread holds {@code order} (posts with their old thread and
     * position): each reader has now read it as far as they had read every post from its
     * start, so "unread" leads to the first moved post they never saw. With
     * {@code onlyWhereRead}, readers who saw none of its first posts get no row (the thread is
     * new to them); otherwise every reader of the old threads keeps one.
     */
    void rearranged(long threadId, List<PostMoves.PostRow> order, Map<Long, Map<Long, Integer>> readers, boolean onlyWhereRead) {
        em.createNativeQuery("DELETE FROM thread_read WHERE thread_id = ?").setParameter(1, threadId).executeUpdate();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        readers.forEach((account, read) -> {
            int upTo = 0;
            for (PostMoves.PostRow post : order) {
                if (read.getOrDefault(post.threadId(), 0) < post.position()) {
                    break;
                }
                upTo++;
            }
            if (upTo > 0 || !onlyWhereRead) {
                rows.add(new Object[] {account, upTo});
            }
        });
        for (int from = 0; from < rows.size(); from += 200) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 200));
            var insert = em.createNativeQuery("INSERT INTO thread_read (account_id, thread_id, last_read_position, read_at) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")));
            int index = 1;
            for (Object[] row : chunk) {
                insert.setParameter(index++, row[0]).setParameter(index++, threadId).setParameter(index++, row[1])
                        .setParameter(index++, now);
            }
            insert.executeUpdate();
        }
    }

    void onErased(@Observes AccountErased erased) {
        em.createNativeQuery("DELETE FROM thread_read WHERE account_id = ?").setParameter(1, erased.accountId()).executeUpdate();
    }
}

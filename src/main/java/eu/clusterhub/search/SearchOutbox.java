package eu.clusterhub.search;

import eu.clusterhub.account.AccountErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Features call this inside the transaction of a change: the row commits or rolls back
 * with the change itself, so the index can neither miss a committed change nor show one
 * that was rolled back. {@link OutboxRelay} applies the rows after commit.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** A reply was written, edited or deleted. */
    public void post(long postId) {
        add("post", postId);
    }

    /** A thread was started, or its title or first post changed. */
    public void thread(long threadId) {
        add("thread", threadId);
    }

    /** A thread and all its replies, e.g. after a move to another board. */
    public void threadWithReplies(long threadId) {
        add("thread", threadId);
        em.createNativeQuery("INSERT INTO search_outbox (entity_kind, entity_id) SELECT 'post', id FROM post"
                + " WHERE thread_id = ? AND position > 1").setParameter(1, threadId).executeUpdate();
    }

    /** Any change of an announcement: the relay looks at its status to index or remove it. */
    public void announcement(long announcementId) {
        add("announcement", announcementId);
    }

    /** An offer of production capacity was published, edited or closed (closed ones leave the index). */
    public void offer(long offerId) {
        add("offer", offerId);
    }

    /** A need was published, edited, covered or closed. */
    public void need(long needId) {
        add("need", needId);
    }

    /** An erased member's organisation must leave the index too: their texts are indexed again. */
    void onErased(@Observes AccountErased erased) {
        em.createNativeQuery("INSERT INTO search_outbox (entity_kind, entity_id) SELECT 'thread', id FROM forum_thread"
                + " WHERE author_id = ?").setParameter(1, erased.accountId()).executeUpdate();
        em.createNativeQuery("INSERT INTO search_outbox (entity_kind, entity_id) SELECT 'post', id FROM post"
                + " WHERE author_id = ? AND position > 1").setParameter(1, erased.accountId()).executeUpdate();
    }

    private void add(String kind, long id) {
        em.createNativeQuery("INSERT INTO search_outbox (entity_kind, entity_id) VALUES (?, ?)")
                .setParameter(1, kind).setParameter(2, id).executeUpdate();
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.search.SearchRequest;
import eu.clusterhub.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Saved searches (watches of type "search", the query with its filters as the search box takes
 * it: "valves country:IT") raise "search-match" for new documents, off the request: a run
 * ({@link SavedSearchRelay}, every few seconds) takes up to {@link #QUERIES_PER_RUN} distinct
 * queries, those looked at longest ago first, and runs each through {@link SearchService} over
 * the documents indexed since its last run only (a high-water mark in {@code saved_search_run}),
 * so a post costs the request nothing and a run costs one bounded query per saved search.
 * <p>
 * What a saved query means is what the search page means: it is read by {@link SearchRequest}
 * like the box. A query is followed from the moment it was first saved: documents created
 * before never match it.
 * Each (query, document) is announced once ({@code saved_search_hit}), so an edit or a rebuild
 * that indexes a document again notifies nobody twice; one event per (document, query) goes to
 * the query's watchers at level watching (the summary names only their own query). At most
 * {@link #HITS_PER_RUN} new documents per query and run: a query that matches more in a few
 * seconds is too broad to follow one by one, and the rest are skipped (logged).
 * Documents count from their indexing: the run looks up to {@link #SETTLE_MILLIS} before now,
 * by when the index has made them searchable. A query nobody watches any more is forgotten at
 * the next run, with what it announced.
 */
@ApplicationScoped
public class SavedSearches {

    static final int QUERIES_PER_RUN = 100;
    static final int HITS_PER_RUN = 20;
    static final long SETTLE_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(SavedSearches.class.getName());

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private SearchService search;

    @Inject
    private NotificationEvents events;

    /** One run, in one transaction with the events it raises; returns how many events. */
    @Transactional
    public int run() {
        long until = System.currentTimeMillis() - SETTLE_MILLIS;
        LocalDateTime now = NotificationEvents.now();
        @SuppressWarnings("unchecked")
        List<String> queries = em.createNativeQuery("SELECT w.filter FROM (SELECT DISTINCT filter FROM watch"
                        + " WHERE target_type = 'search' AND level = 'watching') w LEFT JOIN saved_search_run r ON r.query = w.filter"
                        + " ORDER BY r.indexed_until IS NOT NULL, r.indexed_until LIMIT " + QUERIES_PER_RUN)
                .getResultList();
        // a query nobody watches any more (unwatched, or its member erased) is forgotten with what it announced
        em.createNativeQuery("DELETE FROM saved_search_run WHERE NOT EXISTS (SELECT 1 FROM watch w"
                + " WHERE w.target_key = CONCAT('search:', saved_search_run.query))").executeUpdate();
        int raised = 0;
        for (String query : queries) {
            raised += run(query, until, now);
        }
        return raised;
    }

    private int run(String query, long until, LocalDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT since, indexed_until FROM saved_search_run WHERE query = ? FOR UPDATE")
                .setParameter(1, query).getResultList();
        LocalDateTime since;
        long mark;
        if (rows.isEmpty()) {
            // tracked from the moment it was first saved: what was posted before is on the search page
            Object first = em.createNativeQuery("SELECT MIN(created_at) FROM watch WHERE target_type = 'search' AND filter = ?")
                    .setParameter(1, query).getSingleResult();
            since = first == null ? now : toLocalDateTime(first);
            mark = since.toInstant(ZoneOffset.UTC).toEpochMilli();
            em.createNativeQuery("INSERT INTO saved_search_run (query, since, indexed_until) VALUES (?, ?, ?)")
                    .setParameter(1, query).setParameter(2, since).setParameter(3, mark).executeUpdate();
        } else {
            since = toLocalDateTime(rows.get(0)[0]);
            mark = ((Number) rows.get(0)[1]).longValue();
        }
        if (mark >= until) {
            return 0;
        }
        int raised = 0;
        SearchRequest request = request(query);
        if (request != null) {
            List<SearchService.Hit> hits = search.indexedBetween(request, mark, until, since, HITS_PER_RUN + 1);
            if (hits.size() > HITS_PER_RUN) {
                LOG.info("saved search matched more than " + HITS_PER_RUN + " new documents in one run; the rest are skipped");
            }
            for (SearchService.Hit hit : hits.subList(0, Math.min(HITS_PER_RUN, hits.size()))) {
                int fresh = em.createNativeQuery("INSERT IGNORE INTO saved_search_hit (query, document, created_at) VALUES (?, ?, ?)")
                        .setParameter(1, query).setParameter(2, hit.kind() + ":" + hit.id()).setParameter(3, now).executeUpdate();
                if (fresh == 1) {
                    events.raise(event(query, hit, author(hit)));
                    raised++;
                }
            }
        }
        em.createNativeQuery("UPDATE saved_search_run SET indexed_until = ? WHERE query = ?")
                .setParameter(1, until).setParameter(2, query).executeUpdate();
        return raised;
    }

    /** The saved query as the search page reads its box; null when it no longer parses (nothing to match). */
    static SearchRequest request(String query) {
        try {
            return SearchRequest.parse(name -> "q".equals(name) ? query : null);
        } catch (ValidationFailed e) {
            return null;
        }
    }

    static NewEvent event(String query, SearchService.Hit hit, Long actorId) {
        NewEvent event = NewEvent.of(NotificationKind.SEARCH_MATCH, actorId, hit.kind(), hit.id())
                .target(hit.kind(), hit.id(), hit.url(), hit.title())
                .summary(summary(hit.kind(), query))
                .watchersOf(WatchTarget.of(WatchTarget.SEARCH, null, query), NotificationKind.SEARCH_MATCH, WatchLevel.WATCHING);
        Long thread = hit.threadId() != null ? hit.threadId() : "thread".equals(hit.kind()) ? Long.valueOf(hit.id()) : null;
        if (thread != null) {
            event.thread(thread);
        }
        return event;
    }

    private static final Map<String, String> NOUNS = Map.of("thread", "thread", "post", "reply", "announcement", "announcement",
            "offer", "offer", "need", "need");

    static String summary(String kind, String query) {
        String noun = NOUNS.getOrDefault(kind, "result");
        return (noun.matches("[aeiou].*") ? "An " : "A ") + noun + " matching your saved search \u201c" + query + "\u201d";
    }

    /** Who wrote the document, so that their own post does not notify them; null for announcements. */
    private Long author(SearchService.Hit hit) {
        String sql = switch (hit.kind()) {
            case "thread" -> "SELECT author_id FROM forum_thread WHERE id = ?";
            case "post" -> "SELECT author_id FROM post WHERE id = ?";
            case "offer" -> "SELECT owner_id FROM offer WHERE id = ?";
            case "need" -> "SELECT owner_id FROM need WHERE id = ?";
            default -> null;
        };
        if (sql == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery(sql).setParameter(1, hit.id()).getResultList();
        return ids.isEmpty() || ids.get(0) == null ? null : ((Number) ids.get(0)).longValue();
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

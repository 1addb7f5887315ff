package eu.clusterhub.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a {@link SearchRequest} against the index: the words as every language stems them,
 * in the titles' and bodies' stems (titles count double; {@link StemsQueryParser}), all
 * words required unless joined by OR, filters, facets with counts, and a snippet per hit
 * with the matches in {@code <mark>}, everything else HTML-escaped.
 *
 * <p>What keeps frequent words fast: the page's query does not count its hits, so Lucene
 * skips whatever cannot reach the page. The total and the facets come from a facets-only
 * pass, run on another thread meanwhile. It first counts a fixed 64th of the documents
 * (see {@link TextDocument#getSample()}): a sample that promises fewer than 5,000 hits is
 * counted again over all of them, exactly; a larger one gives the total and the facets as
 * estimates scaled from the sample, marked as such. Snippets are cut from the page's
 * bodies ({@link Snippets}).
 *
 * <p>What keeps one query from costing much: {@link SearchRequest} bounds its words,
 * prefixes and depth, {@link StemsQueryParser} its prefixes' length, fuzziness and slop,
 * and both passes stop after the time budget ({@code clusterhub.search.time-budget-ms}),
 * answering with what they found so far, marked {@code partial}.
 */
@ApplicationScoped
public class SearchService {

    /** Results estimated to have fewer hits than this are counted exactly. */
    static final int EXACT_BELOW = 5_000;

    /** One result. */
    public record Hit(String kind, long id, Long threadId, String title, String snippet, String url, float score,
                      LocalDateTime createdAt, String language, String board, String organisation) {
    }

    /**
     * A page of results with the total and the facet counts of the whole result (date: see
     * {@link DateBucket}); both estimated from a sample unless {@code totalExact}.
     */
    public record Result(long total, boolean totalExact, long tookMs, List<Hit> hits, Map<String, Map<String, Long>> facets,
                         boolean partial) {
    }

    /** Facet counts and the total they were counted over (scaled when sampled); partial when the time budget ran out. */
    private record Counted(long total, boolean exact, Map<String, Map<String, Long>> facets, boolean partial) {
    }

    /** The operators of the box's language on a cluster: no fuzzy words, no slop (see {@link StemsQueryParser}). */
    private static final EnumSet<SimpleQueryFlag> OPERATORS = EnumSet.complementOf(EnumSet.of(SimpleQueryFlag.FUZZY, SimpleQueryFlag.NEAR));

    @Inject
    @ConfigProperty(name = "clusterhub.search.time-budget-ms", defaultValue = "150")
    private long timeBudgetMs;

    @Inject
    private SearchIndex index;

    /**
     * Counts facets while the request's thread finds the page. Threads of its own (the
     * container's pool also runs rebuilds); when all are busy the request's thread counts.
     */
    private final ThreadPoolExecutor counters = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 60,
            TimeUnit.SECONDS, new SynchronousQueue<>(), SearchService::counterThread, new ThreadPoolExecutor.CallerRunsPolicy());

    SearchService() {
    }

    /** Outside the container (unit tests). */
    SearchService(SearchIndex index, long timeBudgetMs) {
        this.index = index;
        this.timeBudgetMs = timeBudgetMs;
    }

    private static Thread counterThread(Runnable task) {
        Thread thread = new Thread(task, "search-facets");
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stop() {
        counters.shutdownNow();
    }

    public Result search(SearchRequest request) {
        long started = System.nanoTime();
        // the words are read once, for both passes and the snippets
        String syntax = SearchSyntax.forSimpleQueryString(request.words());
        Query words = syntax.isBlank() ? null : parse(syntax);
        // the facets need a pass over the matches of their own: counted beside the page, on another core
        CompletableFuture<Counted> counting = CompletableFuture.supplyAsync(() -> {
            try (SearchSession session = index.session()) {
                return counted(session, request, syntax, words);
            }
        }, counters);
        try (SearchSession session = index.session()) {
            TimeBudget budget = TimeBudget.of(timeBudgetMs);
            SearchResult<List<?>> result = session.search(TextDocument.class)
                    .select(f -> {
                        var projections = new ArrayList<SearchProjection<?>>();
                        for (String field : List.of("kind", "entityId", "threadId", "title", "path")) {
                            projections.add(f.field(field).toProjection());
                        }
                        projections.add(f.score().toProjection());
                        for (String field : List.of("createdAt", "language", "board", "organisation", LanguageFields.BODY)) {
                            projections.add(f.field(field).toProjection());
                        }
                        return f.composite().from(projections.toArray(SearchProjection[]::new)).asList();
                    })
                    .where(f -> matching(f, request, syntax, words, false, budget))
                    .sort(f -> request.newest() ? f.field("createdAt").desc() : f.score())
                    // the total comes from the facets' pass: no need to count here, Lucene may skip ahead at once
                    .totalHitCountThreshold(0)
                    .truncateAfter(hardLimitMs(), TimeUnit.MILLISECONDS)
                    .fetch((request.page() - 1) * request.size(), request.size());
            Snippets snippets = new Snippets(words);
            List<Hit> hits = result.hits().stream().map(row -> hit(row, snippets)).toList();
            Counted counted = joined(counting);
            return new Result(counted.total(), counted.exact(), (System.nanoTime() - started) / 1_000_000, hits, counted.facets(),
                    budget.exceeded() || result.timedOut() || counted.partial());
        }
    }

    /**
     * The documents matching the request that were indexed in (afterMillis, untilMillis] and
     * created at or after {@code createdFrom}, oldest first, at most {@code limit}: what a saved
     * search has not looked at yet (notification/SavedSearches). Dates of the request are ignored.
     */
    public List<Hit> indexedBetween(SearchRequest request, long afterMillis, long untilMillis, LocalDateTime createdFrom, int limit) {
        String syntax = SearchSyntax.forSimpleQueryString(request.words());
        Query words = syntax.isBlank() ? null : parse(syntax);
        SearchRequest undated = new SearchRequest(request.words(), request.filters(), null, null, true, 1, limit);
        try (SearchSession session = index.session()) {
            TimeBudget budget = TimeBudget.of(timeBudgetMs);
            SearchResult<List<?>> result = session.search(TextDocument.class)
                    .select(f -> {
                        var projections = new ArrayList<SearchProjection<?>>();
                        for (String field : List.of("kind", "entityId", "threadId", "title", "path")) {
                            projections.add(f.field(field).toProjection());
                        }
                        projections.add(f.score().toProjection());
                        for (String field : List.of("createdAt", "language", "board", "organisation", LanguageFields.BODY)) {
                            projections.add(f.field(field).toProjection());
                        }
                        return f.composite().from(projections.toArray(SearchProjection[]::new)).asList();
                    })
                    .where(f -> f.bool()
                            .must(matching(f, undated, syntax, words, false, budget))
                            .filter(f.range().field("indexedAt").greaterThan(afterMillis))
                            .filter(f.range().field("indexedAt").atMost(untilMillis))
                            .filter(f.range().field("createdAt").atLeast(createdFrom)))
                    .sort(f -> f.field("createdAt").asc())
                    .totalHitCountThreshold(0)
                    .truncateAfter(hardLimitMs(), TimeUnit.MILLISECONDS)
                    .fetch(limit);
            Snippets snippets = new Snippets(words);
            return result.hits().stream().map(row -> hit(row, snippets)).toList();
        }
    }

    /** The words as the embedded index runs them; a test may slow them down to see the time budget at work. */
    Query parse(String syntax) {
        return StemsQueryParser.of(syntax);
    }

    /**
     * How long Hibernate Search lets a pass run. A cluster stops a pass at the budget and
     * answers with what it found; on the embedded index the {@link TimeBudget} does that, and
     * Hibernate Search's limit (which would drop what the pass found) is only a backstop for
     * time spent outside the matching.
     */
    private long hardLimitMs() {
        return index.embedded() ? 4 * timeBudgetMs : timeBudgetMs;
    }

    /**
     * The words as the scored clause; filters (and the facets' sample) as filter clauses:
     * they do not change the ranking, and Lucene may cache and lead with them. The embedded
     * index runs the words as parsed ({@link StemsQueryParser}; every document without words)
     * within the pass's budget, a cluster as a simple query string.
     */
    private PredicateFinalStep matching(SearchPredicateFactory f, SearchRequest request, String syntax, Query words, boolean sampled,
                                        TimeBudget budget) {
        var bool = f.bool();
        if (index.embedded()) {
            bool.must(f.extension(LuceneExtension.get()).fromLuceneQuery(budget.limit(words == null ? new MatchAllDocsQuery() : words)));
        } else if (words == null) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.simpleQueryString().field(LanguageFields.TITLE_STEMS).boost(2f).field(LanguageFields.BODY_STEMS)
                            .matching(syntax).flags(OPERATORS).defaultOperator(BooleanOperator.AND));
        }
        request.filters().forEach((name, value) -> bool.filter(filter(f, name, value)));
        if (request.from() != null) {
            bool.filter(f.range().field("createdAt").atLeast(request.from().atStartOfDay()));
        }
        if (request.to() != null) {
            bool.filter(f.range().field("createdAt").lessThan(request.to().plusDays(1).atStartOfDay()));
        }
        if (sampled) {
            bool.filter(f.match().field("sample").matching(TextDocument.SAMPLE));
        }
        return bool;
    }

    /**
     * One filter: tags, categories and certifications are lists of values; a country is the
     * single country of a post, thread or announcement or one of a listing's countries.
     */
    private static PredicateFinalStep filter(SearchPredicateFactory f, String name, String value) {
        return switch (name) {
            case "tag" -> f.match().field("tags").matching(value);
            case "category" -> f.match().field("categories").matching(value);
            case "certification" -> f.match().field("certifications").matching(value);
            case "country" -> f.or(f.match().field("country").matching(value), f.match().field("countries").matching(value));
            default -> f.match().field(name).matching(value);
        };
    }

    /** Estimated from the sample, unless it promises few enough hits to count them all. */
    private Counted counted(SearchSession session, SearchRequest request, String syntax, Query words) {
        Counted sampled = facets(session, request, syntax, words, true);
        return sampled.total() < EXACT_BELOW && !sampled.partial() ? facets(session, request, syntax, words, false) : sampled;
    }

    private static Counted joined(CompletableFuture<Counted> counting) {
        try {
            return counting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Facet counts and total over all hits, or over the sample's hits and scaled up. */
    private Counted facets(SearchSession session, SearchRequest request, String syntax, Query words, boolean sampled) {
        AggregationKey<Map<String, Long>> valuesKey = AggregationKey.of("facets");
        AggregationKey<Map<Range<LocalDateTime>, Long>> datesKey = AggregationKey.of("date");
        TimeBudget budget = TimeBudget.of(timeBudgetMs);
        SearchResult<?> counted = session.search(TextDocument.class).select(f -> f.id())
                .where(f -> matching(f, request, syntax, words, sampled, budget))
                .aggregation(valuesKey, f -> f.terms().field(FacetValues.FIELD, String.class).maxTermCount(FacetValues.MAX_VALUES))
                .aggregation(datesKey, f -> f.range().field("createdAt", LocalDateTime.class)
                        .ranges(DateBucket.ranges(LocalDate.now(ZoneOffset.UTC))))
                .truncateAfter(hardLimitMs(), TimeUnit.MILLISECONDS)
                .fetch(0);
        int scale = sampled ? TextDocument.SAMPLES : 1;
        // a pass the time budget stopped knows only a lower bound of its hits, and counted facets that far
        boolean stopped = budget.exceeded() || counted.timedOut() || !counted.total().isHitCountExact();
        long hits = counted.total().hitCountLowerBound();
        // Hibernate Search's own limit leaves no aggregations: the facets are empty then
        Map<String, Map<String, Long>> facets = counted.timedOut() ? FacetValues.counts(Map.of(), Map.of(), scale)
                : FacetValues.counts(counted.aggregation(valuesKey), DateBucket.counts(counted.aggregation(datesKey)), scale);
        return new Counted(FacetValues.estimate(hits, scale), !sampled && !stopped, facets, stopped);
    }

    /** A hit from its projected fields. */
    private static Hit hit(List<?> row, Snippets snippets) {
        String body = row.get(10) == null ? "" : (String) row.get(10);
        String language = (String) row.get(7);
        return new Hit((String) row.get(0), (Long) row.get(1), (Long) row.get(2), (String) row.get(3),
                snippets.of(body, language), (String) row.get(4), (Float) row.get(5), (LocalDateTime) row.get(6),
                (String) row.get(7), (String) row.get(8), (String) row.get(9));
    }
}

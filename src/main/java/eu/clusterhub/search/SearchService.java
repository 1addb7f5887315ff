package eu.clusterhub.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

/**
 * Runs a {@link SearchRequest} against the index: the words in every language's fields
 * (titles count double), all words required unless joined by OR, filters, facets with
 * counts, and a snippet per hit with the matches in {@code <mark>}, everything else
 * HTML-escaped.
 *
 * <p>What keeps frequent words fast: totals are counted exactly up to 10,000 hits only
 * ("10000+" beyond); facets are counted in a second, facets-only pass, over all hits when
 * there are at most 10,000 and otherwise over a fixed sixteenth of the documents (see
 * {@link TextDocument#getSample()}), scaled up and marked approximate.
 */
@ApplicationScoped
public class SearchService {

    static final int EXACT_TOTAL_UP_TO = 10_000;

    /** One result. */
    public record Hit(String kind, long id, Long threadId, String title, String snippet, String url, float score,
                      LocalDateTime createdAt, String language, String board, String organisation) {
    }

    /**
     * A page of results with the total (exact up to 10,000) and the facet counts of the whole
     * result (date: see {@link DateBucket}), estimated from a sample unless {@code facetsExact}.
     */
    public record Result(long total, boolean totalExact, long tookMs, List<Hit> hits, Map<String, Map<String, Long>> facets,
                         boolean facetsExact) {
    }

    @Inject
    private SearchIndex index;

    public Result search(SearchRequest request) {
        long started = System.nanoTime();
        try (SearchSession session = index.session()) {
            SearchResult<List<?>> result = session.search(TextDocument.class)
                    .select(f -> {
                        var projections = new ArrayList<SearchProjection<?>>();
                        projections.add(f.id(String.class).toProjection());
                        for (String field : List.of("kind", "entityId", "threadId", "title", "path")) {
                            projections.add(f.field(field).toProjection());
                        }
                        projections.add(f.score().toProjection());
                        for (String field : List.of("createdAt", "language", "board", "organisation")) {
                            projections.add(f.field(field).toProjection());
                        }
                        return f.composite().from(projections.toArray(SearchProjection[]::new)).asList();
                    })
                    .where((f, root) -> matching(f, root, request))
                    .sort(f -> request.newest() ? f.field("createdAt").desc() : f.score())
                    .totalHitCountThreshold(EXACT_TOTAL_UP_TO)
                    .fetch((request.page() - 1) * request.size(), request.size());
            Map<String, String> languageByKey = new LinkedHashMap<>();
            result.hits().forEach(row -> languageByKey.put((String) row.get(0), (String) row.get(8)));
            Map<String, String> snippets = Snippets.of(session, languageByKey, (f, root) -> matching(f, root, request));
            List<Hit> hits = result.hits().stream().map(row -> hit(row, snippets)).toList();
            boolean exact = result.total().isHitCountExact();
            Map<String, Map<String, Long>> facets = facets(session, request, !exact);
            return new Result(result.total().hitCountLowerBound(), exact, (System.nanoTime() - started) / 1_000_000, hits,
                    facets, exact);
        }
    }

    private static void matching(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root, SearchRequest request) {
        String words = SearchSyntax.forSimpleQueryString(request.words());
        if (words.isBlank()) {
            root.add(f.matchAll());
        } else {
            var fields = f.simpleQueryString().fields(LanguageFields.TITLE_FIELDS).boost(2f).fields(LanguageFields.BODY_FIELDS);
            root.add(fields.matching(words).defaultOperator(BooleanOperator.AND));
        }
        request.filters().forEach((name, value) -> root.add(f.match().field(name.equals("tag") ? "tags" : name).matching(value)));
        if (request.from() != null) {
            root.add(f.range().field("createdAt").atLeast(request.from().atStartOfDay()));
        }
        if (request.to() != null) {
            root.add(f.range().field("createdAt").lessThan(request.to().plusDays(1).atStartOfDay()));
        }
    }

    /** Facet counts over all hits, or estimated from the sample when there are too many to count each time. */
    private static Map<String, Map<String, Long>> facets(SearchSession session, SearchRequest request, boolean sampled) {
        AggregationKey<Map<String, Long>> valuesKey = AggregationKey.of("facets");
        AggregationKey<Map<Range<LocalDateTime>, Long>> datesKey = AggregationKey.of("date");
        SearchResult<?> counted = session.search(TextDocument.class).select(f -> f.id())
                .where((f, root) -> {
                    matching(f, root, request);
                    if (sampled) {
                        root.add(f.match().field("sample").matching(TextDocument.SAMPLE));
                    }
                })
                .aggregation(valuesKey, f -> f.terms().field(FacetValues.FIELD, String.class).maxTermCount(FacetValues.MAX_VALUES))
                .aggregation(datesKey, f -> f.range().field("createdAt", LocalDateTime.class)
                        .ranges(DateBucket.ranges(LocalDate.now(ZoneOffset.UTC))))
                .fetch(0);
        return FacetValues.counts(counted.aggregation(valuesKey), DateBucket.counts(counted.aggregation(datesKey)),
                sampled ? TextDocument.SAMPLES : 1);
    }

    private static Hit hit(List<?> row, Map<String, String> snippets) {
        return new Hit((String) row.get(1), (Long) row.get(2), (Long) row.get(3), (String) row.get(4),
                snippets.getOrDefault((String) row.get(0), ""), (String) row.get(5), (Float) row.get(6), (LocalDateTime) row.get(7),
                (String) row.get(8), (String) row.get(9), (String) row.get(10));
    }
}

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
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

/**
 * Runs a {@link SearchRequest} against the index: the words in every language's fields
 * (titles count double), all words required unless joined by OR, filters, facets with
 * counts, and a snippet per hit with the matches in {@code <mark>}, everything else
 * HTML-escaped. Counts stop being exact past 1000 hits, which keeps frequent words fast.
 */
@ApplicationScoped
public class SearchService {

    static final int EXACT_TOTAL_UP_TO = 1000;
    static final List<String> FACETS = List.of("kind", "board", "type", "country");

    /** One result. */
    public record Hit(String kind, long id, Long threadId, String title, String snippet, String url, float score,
                      LocalDateTime createdAt, String language, String board, String organisation) {
    }

    /** A page of results with the total (exact up to 1000) and the facet counts of the whole result (date: see {@link DateBucket}). */
    public record Result(long total, boolean totalExact, long tookMs, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    @Inject
    private SearchIndex index;

    public Result search(SearchRequest request) {
        long started = System.nanoTime();
        Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
        FACETS.forEach(name -> facetKeys.put(name, AggregationKey.of(name)));
        AggregationKey<Map<Range<LocalDateTime>, Long>> dateKey = AggregationKey.of("date");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (SearchSession session = index.session()) {
            var query = session.search(TextDocument.class)
                    .select(f -> {
                        var projections = new ArrayList<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>>();
                        projections.add(f.field("kind", String.class));
                        projections.add(f.field("entityId", Long.class));
                        projections.add(f.field("threadId", Long.class));
                        projections.add(f.field("title", String.class));
                        projections.add(f.field("path", String.class));
                        projections.add(f.score());
                        projections.add(f.field("createdAt", LocalDateTime.class));
                        projections.add(f.field("language", String.class));
                        projections.add(f.field("board", String.class));
                        projections.add(f.field("organisation", String.class));
                        for (String body : LanguageFields.BODY_FIELDS) {
                            projections.add(f.highlight(body));
                        }
                        return f.composite().from(projections.stream().map(p -> p.toProjection())
                                .toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new)).asList();
                    })
                    .where((f, root) -> {
                        String words = SearchSyntax.forSimpleQueryString(request.words());
                        if (words.isBlank()) {
                            root.add(f.matchAll());
                        } else {
                            var fields = f.simpleQueryString();
                            var step = fields.fields(LanguageFields.TITLE_FIELDS).boost(2f).fields(LanguageFields.BODY_FIELDS);
                            root.add(step.matching(words).defaultOperator(BooleanOperator.AND));
                        }
                        request.filters().forEach((name, value) -> root.add(f.match().field(name + (name.equals("tag") ? "s" : ""))
                                .matching(value)));
                        if (request.from() != null) {
                            root.add(f.range().field("createdAt").atLeast(request.from().atStartOfDay()));
                        }
                        if (request.to() != null) {
                            root.add(f.range().field("createdAt").lessThan(request.to().plusDays(1).atStartOfDay()));
                        }
                    })
                    .sort(f -> request.newest() ? f.field("createdAt").desc() : f.score())
                    .highlighter(f -> f.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(1).noMatchSize(200))
                    .totalHitCountThreshold(EXACT_TOTAL_UP_TO);
            for (var facet : facetKeys.entrySet()) {
                query = query.aggregation(facet.getValue(), f -> f.terms().field(facet.getKey(), String.class).maxTermCount(20));
            }
            query = query.aggregation(dateKey, f -> f.range().field("createdAt", LocalDateTime.class)
                    .ranges(DateBucket.ranges(today)));
            SearchResult<List<?>> result = query.fetch((request.page() - 1) * request.size(), request.size());
            List<Hit> hits = result.hits().stream().map(SearchService::hit).toList();
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facetKeys.forEach((name, key) -> facets.put(name, result.aggregation(key)));
            facets.put("date", DateBucket.counts(result.aggregation(dateKey)));
            return new Result(result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                    (System.nanoTime() - started) / 1_000_000, hits, facets);
        }
    }

    @SuppressWarnings("unchecked")
    private static Hit hit(List<?> row) {
        String snippet = "";
        for (int i = 10; i < row.size() && snippet.isEmpty(); i++) {
            List<String> fragments = (List<String>) row.get(i);
            if (fragments != null && !fragments.isEmpty()) {
                snippet = fragments.get(0);
            }
        }
        return new Hit((String) row.get(0), (Long) row.get(1), (Long) row.get(2), (String) row.get(3), snippet,
                (String) row.get(4), (Float) row.get(5), (LocalDateTime) row.get(6), (String) row.get(7), (String) row.get(8),
                (String) row.get(9));
    }
}

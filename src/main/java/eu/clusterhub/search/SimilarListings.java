package eu.clusterhub.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * How close the texts of offers and needs are, from the search index: the listings of one
 * kind whose title and description share stems with a text, scored. Matchmaking blends the
 * score into its ranking; the category and the rules decide whether a listing matches at all.
 *
 * <p>The text is stemmed once, by its own language's analyzer (as the index stemmed the
 * listings), without its language's stop words, and each stem is looked up as it is ({@code skipAnalysis}): a German need finds
 * German offers by their shared stems, and listings in other languages by the category
 * filter alone (they score nothing from the words and do not appear). Fast on purpose: at
 * most {@link #MAX_STEMS} stems, no hit counting, only {@code limit} hits fetched, so
 * Lucene skips listings that cannot reach the top.
 */
@ApplicationScoped
public class SimilarListings {

    /** Stems of a text looked up at most: its first distinct ones. */
    static final int MAX_STEMS = 40;
    /** Stems shorter than this ("de", "la", "zu") say nothing about a product. */
    private static final int MIN_STEM = 3;
    /** Per analyzer: its language's stop words ("wir", "für", "the") as it stems them, left out of a text's stems. */
    private static final Map<String, Set<String>> STOP_STEMS = new ConcurrentHashMap<>();

    @Inject
    private SearchIndex index;

    SimilarListings() {
    }

    /** Outside the container (unit tests). */
    SimilarListings(SearchIndex index) {
        this.index = index;
    }

    /**
     * The best-scoring listings of {@code kind} ("offer" or "need") for the text, at most
     * {@code limit}, best first; only those filed under one of {@code categories} (slugs; the
     * index holds each listing's category and its ancestors) when that is not empty.
     */
    public Map<Long, Float> similar(String kind, Collection<String> categories, String language, String text, int limit) {
        Set<String> stems = stems(language, text);
        Map<Long, Float> similar = new LinkedHashMap<>();
        if (stems.isEmpty() || limit <= 0) {
            return similar;
        }
        try (SearchSession session = index.session()) {
            List<Scored> hits = session.search(TextDocument.class)
                    .select(f -> f.composite().from(f.field("entityId", Long.class), f.score()).as(Scored::new))
                    .where(f -> query(f, kind, categories, stems))
                    .totalHitCountThreshold(limit)
                    .fetchHits(limit);
            hits.forEach(hit -> similar.put(hit.id(), hit.score()));
        }
        return similar;
    }

    /**
     * The scores of the listings {@code ids} of {@code kind} for the text: those of them that
     * share a stem with it, no others. Matchmaking asks this of its candidates: Lucene then
     * scores only them (the ids lead the conjunction), not every listing of a crowded category,
     * and every candidate gets its own score, not only those among the category's best texts.
     * The candidates are picked and the hits named by their document ids ("offer:12"): a
     * lookup of each id in the terms dictionary, and its doc values, where {@code entityId}
     * would visit the points of every listing and decompress each hit's stored fields.
     */
    public Map<Long, Float> among(String kind, Collection<Long> ids, String language, String text) {
        Set<String> stems = stems(language, text);
        Map<Long, Float> similar = new LinkedHashMap<>();
        if (stems.isEmpty() || ids.isEmpty()) {
            return similar;
        }
        List<String> keys = ids.stream().map(id -> TextDocument.key(kind, id)).toList();
        try (SearchSession session = index.session()) {
            List<Keyed> hits = session.search(TextDocument.class)
                    .select(f -> f.composite().from(f.id(String.class), f.score()).as(Keyed::new))
                    .where(f -> f.bool().must(query(f, kind, null, stems)).filter(f.id().matchingAny(keys)))
                    .totalHitCountThreshold(ids.size())
                    .fetchHits(ids.size());
            hits.forEach(hit -> similar.put(Long.parseLong(hit.key().substring(hit.key().indexOf(':') + 1)), hit.score()));
        }
        return similar;
    }

    private record Keyed(String key, Float score) {
    }

    private record Scored(Long id, Float score) {
    }

    /** The distinct stems of the text as its language's analyzer writes them, in order, at most {@link #MAX_STEMS}. */
    static Set<String> stems(String language, String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        String analyzer = SearchAnalyzers.forLanguage(language);
        Set<String> stopStems = STOP_STEMS.computeIfAbsent(analyzer, SimilarListings::stopStems);
        for (String stem : SearchAnalyzers.stems(analyzer, text).split(" ")) {
            if (stem.length() >= MIN_STEM && !stopStems.contains(stem)) {
                stems.add(stem);
                if (stems.size() == MAX_STEMS) {
                    break;
                }
            }
        }
        return stems;
    }

    /** Lucene's stop words of the analyzer's language, stemmed by it; none for languages without stemming. */
    private static Set<String> stopStems(String analyzer) {
        CharArraySet words = switch (analyzer) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "pl" -> PolishAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
        Set<String> stems = new HashSet<>();
        for (Object word : words) {
            SearchAnalyzers.forEachWord(analyzer, new String((char[]) word), stem -> stems.add(stem.toString()));
        }
        return Set.copyOf(stems);
    }

    /**
     * The kind and the categories as filters (no score), the stems as one clause that must
     * match at least once: each stem in the titles (counting double) or the descriptions.
     */
    static PredicateFinalStep query(SearchPredicateFactory f, String kind, Collection<String> categories, Set<String> stems) {
        var words = f.bool();
        for (String stem : stems) {
            words.should(f.match().field(LanguageFields.TITLE_STEMS).matching(stem).skipAnalysis().boost(2f));
            words.should(f.match().field(LanguageFields.BODY_STEMS).matching(stem).skipAnalysis());
        }
        var query = f.bool().must(words).filter(f.match().field("kind").matching(kind));
        if (categories != null && !categories.isEmpty()) {
            query.filter(f.terms().field("categories").matchingAny(categories));
        }
        return query;
    }
}

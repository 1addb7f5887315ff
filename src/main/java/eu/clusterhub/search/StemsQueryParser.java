package eu.clusterhub.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The box's words (simple query string syntax) as a Lucene query on the stems fields,
 * titles counting double: a word stands for its stems in every language
 * ({@link EveryLanguageStems}); a phrase for each language's own phrase of stems, so a
 * phrase looks up positions only in the terms of one language at a time (stacked stems
 * made every phrase a merge of every language's position lists, the slowest kind of
 * query at a million posts). What the embedded index runs; a cluster gets the same words
 * as a simple query string, with the stacked phrases.
 *
 * <p>Bounded for anonymous readers: a prefix needs {@value #MIN_PREFIX} letters (a shorter
 * one is read as the word itself, since "a*" expands to a large part of the dictionary);
 * fuzzy words ({@code word~2}) are read as the word and phrases ignore a slop
 * ({@code "a b"~9}): both cost many times a word and are not part of the box's language.
 */
final class StemsQueryParser extends SimpleQueryParser {

    /** Titles first, then bodies: a fixed order, so the same words always make the same query. */
    private static final Map<String, Float> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put(LanguageFields.TITLE_STEMS, 2f);
        FIELDS.put(LanguageFields.BODY_STEMS, 1f);
    }

    static final int MIN_PREFIX = 3;

    private static final EveryLanguageStems EVERY_LANGUAGE = new EveryLanguageStems();
    private static final Map<String, QueryBuilder> BY_LANGUAGE = byLanguage();

    private StemsQueryParser() {
        super(EVERY_LANGUAGE, FIELDS);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** The query for these words; one that matches nothing when no word is left. */
    static Query of(String words) {
        Query query = new StemsQueryParser().parse(words);
        return query == null ? new MatchNoDocsQuery("no words") : query;
    }

    @Override
    protected Query newPrefixQuery(String text) {
        return text.codePointCount(0, text.length()) < MIN_PREFIX ? newDefaultQuery(text) : super.newPrefixQuery(text);
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        return newDefaultQuery(text);
    }

    @Override
    protected Query newPhraseQuery(String text, int ignoredSlop) {
        int slop = 0;
        Set<Query> phrases = new LinkedHashSet<>();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            for (QueryBuilder language : BY_LANGUAGE.values()) {
                Query phrase = language.createPhraseQuery(field.getKey(), text, slop);
                if (phrase != null) {
                    phrases.add(field.getValue() == 1f ? phrase : new BoostQuery(phrase, field.getValue()));
                }
            }
        }
        if (phrases.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        phrases.forEach(phrase -> any.add(phrase, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Map<String, QueryBuilder> byLanguage() {
        Map<String, QueryBuilder> builders = new java.util.TreeMap<>();
        SearchAnalyzers.all().forEach(language -> builders.put(language, new QueryBuilder(SearchAnalyzers.analyzer(language))));
        return builders;
    }
}

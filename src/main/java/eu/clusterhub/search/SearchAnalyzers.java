package eu.clusterhub.search;

import java.util.Map;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per language the index stems: standard tokenizer, lower case, the
 * language's own normalisation and stemmer, then accents folded (so "Gerät" finds
 * "Gerat" and the reverse). Languages without a stemmer here use "folded": the same chain
 * without stemming. Folding comes after stemming: the stemmers expect their accents.
 */
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    /** Analyzer per ISO 639-1 language; any other language is analysed with {@link #FOLDED}. */
    static final Map<String, String> BY_LANGUAGE = Map.of("en", "en", "de", "de", "fr", "fr", "it", "it",
            "es", "es", "pl", "pl", "nl", "nl", "pt", "pt");

    static final String FOLDED = "folded";

    static String forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language, FOLDED);
    }

    static Iterable<String> all() {
        var names = new java.util.TreeSet<>(BY_LANGUAGE.values());
        names.add(FOLDED);
        return names;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("en").custom().tokenizer("standard")
                .tokenFilter("englishPossessive").tokenFilter("lowercase").tokenFilter("porterStem").tokenFilter("asciiFolding");
        context.analyzer("de").custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("germanNormalization").tokenFilter("germanLightStem").tokenFilter("asciiFolding");
        context.analyzer("fr").custom().tokenizer("standard")
                .tokenFilter("elision").tokenFilter("lowercase").tokenFilter("frenchLightStem").tokenFilter("asciiFolding");
        context.analyzer("it").custom().tokenizer("standard")
                .tokenFilter("elision").tokenFilter("lowercase").tokenFilter("italianLightStem").tokenFilter("asciiFolding");
        context.analyzer("es").custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("spanishLightStem").tokenFilter("asciiFolding");
        context.analyzer("pl").custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("stempelPolishStem").tokenFilter("asciiFolding");
        context.analyzer("nl").custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("snowballPorter").param("language", "Dutch").tokenFilter("asciiFolding");
        context.analyzer("pt").custom().tokenizer("standard")
                .tokenFilter("lowercase").tokenFilter("portugueseLightStem").tokenFilter("asciiFolding");
        context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}

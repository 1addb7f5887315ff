package eu.clusterhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
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

    /** The stems fields' analyzer: the text is stems already, written by its language's analyzer. */
    static final String STEMS = "stems";
    /** The stems fields' query analyzer: {@link EveryLanguageStems}. */
    static final String EVERY_LANGUAGE = "every_language";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        // instances of its own: the backend closes them when it stops
        all().forEach(name -> context.analyzer(name).instance(build(name)));
        context.analyzer(STEMS).instance(new WhitespaceAnalyzer());
        context.analyzer(EVERY_LANGUAGE).instance(new EveryLanguageStems());
    }

    /** The words of a text as that analyzer writes them, separated by spaces: what the stems fields hold. */
    static String stems(String analyzer, String text) {
        StringBuilder stems = new StringBuilder(text.length());
        forEachWord(analyzer, text, word -> {
            if (!stems.isEmpty()) {
                stems.append(' ');
            }
            stems.append(word);
        });
        return stems.toString();
    }

    /** Hands each word of the text, as that analyzer writes it, to the consumer (which must not keep the attribute). */
    static void forEachWord(String analyzer, String text, Consumer<CharTermAttribute> words) {
        try (TokenStream tokens = analyzer(analyzer).tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.accept(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analyzer of that name as a plain Lucene analyzer: what the embedded index uses, and
     * what snippets are highlighted with on either backend.
     */
    static Analyzer analyzer(String name) {
        return ANALYZERS.computeIfAbsent(name, SearchAnalyzers::build);
    }

    private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    private static Analyzer build(String name) {
        try {
            CustomAnalyzer.Builder chain = CustomAnalyzer.builder(new ClasspathResourceLoader(SearchAnalyzers.class))
                    .withTokenizer("standard");
            switch (name) {
                case "en" -> chain.addTokenFilter("englishPossessive").addTokenFilter("lowercase").addTokenFilter("porterStem");
                case "de" -> chain.addTokenFilter("lowercase").addTokenFilter("germanNormalization")
                        .addTokenFilter("germanLightStem");
                case "fr" -> chain.addTokenFilter("elision").addTokenFilter("lowercase").addTokenFilter("frenchLightStem");
                case "it" -> chain.addTokenFilter("elision").addTokenFilter("lowercase").addTokenFilter("italianLightStem");
                case "es" -> chain.addTokenFilter("lowercase").addTokenFilter("spanishLightStem");
                case "pl" -> chain.addTokenFilter("lowercase").addTokenFilter("stempelPolishStem");
                case "nl" -> chain.addTokenFilter("lowercase").addTokenFilter("snowballPorter", "language", "Dutch");
                case "pt" -> chain.addTokenFilter("lowercase").addTokenFilter("portugueseLightStem");
                case FOLDED -> chain.addTokenFilter("lowercase");
                default -> throw new IllegalArgumentException("No analyzer " + name);
            }
            return chain.addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new UncheckedIOException("Analyzer " + name + " could not be built", e);
        }
    }
}

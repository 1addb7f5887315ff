package eu.clusterhub.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalyzers}, same names and same chains, for an
 * Elasticsearch or OpenSearch cluster: its built-in tokenizer and filters wrap the same
 * Lucene classes, so a text is indexed and a query is analysed alike on either backend.
 * Keep the two in step. Polish needs the cluster's analysis-stempel plugin; without it the
 * index cannot be created and start-up stops.
 */
public class SearchAnalyzersElasticsearch implements ElasticsearchAnalysisConfigurer {

    /**
     * Lucene's elision filter without parameters removes these, in any letter case (French
     * articles; the Italian chain uses them too, as the Lucene one does). Elasticsearch has
     * no such default, so they are spelled out.
     */
    static final String[] ELIDED_ARTICLES = {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"};

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("clusterhub_elision").type("elision")
                .param("articles", ELIDED_ARTICLES).param("articles_case", true);
        stemmer(context, "clusterhub_english_possessive", "possessive_english");
        stemmer(context, "clusterhub_german_light", "light_german");
        stemmer(context, "clusterhub_french_light", "light_french");
        stemmer(context, "clusterhub_italian_light", "light_italian");
        stemmer(context, "clusterhub_spanish_light", "light_spanish");
        stemmer(context, "clusterhub_portuguese_light", "light_portuguese");
        // the same Snowball stemmer as Lucene's snowballPorter with language=Dutch
        context.tokenFilter("clusterhub_dutch_snowball").type("snowball").param("language", "Dutch");

        context.analyzer("en").custom().tokenizer("standard")
                .tokenFilters("clusterhub_english_possessive", "lowercase", "porter_stem", "asciifolding");
        context.analyzer("de").custom().tokenizer("standard")
                .tokenFilters("lowercase", "german_normalization", "clusterhub_german_light", "asciifolding");
        context.analyzer("fr").custom().tokenizer("standard")
                .tokenFilters("clusterhub_elision", "lowercase", "clusterhub_french_light", "asciifolding");
        context.analyzer("it").custom().tokenizer("standard")
                .tokenFilters("clusterhub_elision", "lowercase", "clusterhub_italian_light", "asciifolding");
        context.analyzer("es").custom().tokenizer("standard")
                .tokenFilters("lowercase", "clusterhub_spanish_light", "asciifolding");
        // polish_stem comes with the analysis-stempel plugin
        context.analyzer("pl").custom().tokenizer("standard")
                .tokenFilters("lowercase", "polish_stem", "asciifolding");
        context.analyzer("nl").custom().tokenizer("standard")
                .tokenFilters("lowercase", "clusterhub_dutch_snowball", "asciifolding");
        context.analyzer("pt").custom().tokenizer("standard")
                .tokenFilters("lowercase", "clusterhub_portuguese_light", "asciifolding");
        context.analyzer(SearchAnalyzers.FOLDED).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchAnalyzers.STEMS).custom().tokenizer("whitespace");
        // every language's stems of a query word stacked at its position, as EveryLanguageStems does
        context.tokenFilter("clusterhub_every_language").type("multiplexer").param("preserve_original", false)
                .param("filters", EVERY_LANGUAGE_CHAINS);
        context.analyzer(SearchAnalyzers.EVERY_LANGUAGE).custom().tokenizer("standard")
                .tokenFilters("lowercase", "clusterhub_every_language");
    }

    /** The language analyzers' filter chains above, after the lower-casing they all start with. */
    static final String[] EVERY_LANGUAGE_CHAINS = {
        "clusterhub_english_possessive, porter_stem, asciifolding",
        "german_normalization, clusterhub_german_light, asciifolding",
        "clusterhub_elision, clusterhub_french_light, asciifolding",
        "clusterhub_elision, clusterhub_italian_light, asciifolding",
        "clusterhub_spanish_light, asciifolding",
        "polish_stem, asciifolding",
        "clusterhub_dutch_snowball, asciifolding",
        "clusterhub_portuguese_light, asciifolding",
        "asciifolding"};

    private static void stemmer(ElasticsearchAnalysisConfigurationContext context, String name, String language) {
        context.tokenFilter(name).type("stemmer").param("language", language);
    }
}

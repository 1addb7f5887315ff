package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class EveryLanguageStemsTest {

    private final EveryLanguageStems analyzer = new EveryLanguageStems();

    @Test
    void aTextIsIndexedAsItsOwnLanguageStemsIt() {
        assertThat(SearchAnalyzers.stems("de", "Wir liefern Beatmungsgeräte.")).isEqualTo("wir lief beatmungsgerat");
        assertThat(SearchAnalyzers.stems("en", "We print VENTILATORS' valves")).isEqualTo("we print ventil valv");
        assertThat(SearchAnalyzers.stems("pl", "")).isEmpty();
    }

    @Test
    void aQueryWordStandsForItsStemsInEveryLanguageStackedAtOnePosition() throws IOException {
        List<String> tokens = tokens("Beatmungsgeräte ventilators");
        // the German stem of the first word, the English one of the second, each at its own position
        assertThat(tokens).contains("beatmungsgerat@1", "ventil@0");
        assertThat(tokens.stream().filter(token -> token.endsWith("@1")).count()).isEqualTo(2);
        assertThat(tokens.get(0)).endsWith("@1");
        assertThat(tokens).doesNotHaveDuplicates();
    }

    @Test
    void theQueryFindsTheIndexedStemsWhateverTheTextsLanguage() {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, LanguageFields.BODY_STEMS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse("Beatmungsgeräte \"supply chain\" mascherine venti* -Masken");
        List<Term> terms = new ArrayList<>();
        query.visit(org.apache.lucene.search.QueryVisitor.termCollector(new java.util.HashSet<>(terms) {
            @Override
            public boolean add(Term term) {
                return terms.add(term);
            }
        }));
        List<String> words = terms.stream().map(Term::text).toList();
        for (String indexed : (SearchAnalyzers.stems("de", "Beatmungsgerät") + " " + SearchAnalyzers.stems("en", "supply chain")
                + " " + SearchAnalyzers.stems("it", "mascherina")).split(" ")) {
            assertThat(words).contains(indexed);
        }
        // excluded words are looked up too, but only to exclude them
        assertThat(words).doesNotContain(SearchAnalyzers.stems("de", "Masken"));
        assertThat(query.toString()).contains(LanguageFields.BODY_STEMS + ":venti*");
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(LanguageFields.BODY_STEMS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + position.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }
}

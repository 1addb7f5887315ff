package eu.clusterhub.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How a query's words are analysed for the stems fields ({@link LanguageFields}): each
 * word as every language's analyzer stems it, the distinct stems stacked at the word's
 * position. "Beatmungsgeräte" becomes "beatmungsgerat" (German) and whatever the other
 * languages make of it, so it finds the German texts without knowing the query's language;
 * the query parser turns a stack into one synonym query (one posting list per stem, scored
 * as one word). Prefixes are only lower-cased and folded, as the stems are.
 */
final class EveryLanguageStems extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words, new Stacked(new LowerCaseFilter(words)));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The stems of one word in every language, the first where the word was, the others on top of it. */
    static Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        for (String language : SearchAnalyzers.all()) {
            SearchAnalyzers.forEachWord(language, word, stem -> stems.add(stem.toString()));
        }
        return stems;
    }

    private static final class Stacked extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();
        private State word;

        Stacked(TokenStream words) {
            super(words);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(word);
                term.setEmpty().append(pending.removeFirst());
                position.setPositionIncrement(0);
                return true;
            }
            while (input.incrementToken()) {
                pending.addAll(stems(term.toString()));
                if (!pending.isEmpty()) {
                    word = captureState();
                    term.setEmpty().append(pending.removeFirst());
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            word = null;
        }
    }
}

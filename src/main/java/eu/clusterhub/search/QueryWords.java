package eu.clusterhub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The words a query looks for, as its analyzer wrote them (stems), and the prefixes it
 * looks for; excluded words are left out. Collected once per search, so
 * marking a body costs a set lookup per word: Lucene's {@code QueryScorer} builds an
 * in-memory index of every body it marks, which cost more than the search itself.
 */
final class QueryWords {

    private final Set<String> terms = new HashSet<>();
    private final List<ByteRunAutomaton> prefixes = new ArrayList<>();

    QueryWords(Query query) {
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query source, Term... found) {
                for (Term term : found) {
                    terms.add(term.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query source, String field, Supplier<ByteRunAutomaton> automaton) {
                prefixes.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }

    boolean isEmpty() {
        return terms.isEmpty() && prefixes.isEmpty();
    }

    boolean matches(CharSequence word) {
        String text = word.toString();
        if (terms.contains(text)) {
            return true;
        }
        if (prefixes.isEmpty()) {
            return false;
        }
        BytesRef bytes = new BytesRef(text);
        return prefixes.stream().anyMatch(prefix -> prefix.run(bytes.bytes, bytes.offset, bytes.length));
    }

    /** Marks the words of a body that the query looks for; a fragment scores one per distinct word found. */
    Scorer scorer() {
        return new Scorer() {
            private CharTermAttribute word;
            private final Set<String> found = new HashSet<>();

            @Override
            public TokenStream init(TokenStream tokens) throws IOException {
                word = tokens.addAttribute(CharTermAttribute.class);
                return null;
            }

            @Override
            public void startFragment(TextFragment fragment) {
                found.clear();
            }

            @Override
            public float getTokenScore() {
                if (!matches(word)) {
                    return 0;
                }
                found.add(word.toString());
                return 1;
            }

            @Override
            public float getFragmentScore() {
                return found.size();
            }
        };
    }
}

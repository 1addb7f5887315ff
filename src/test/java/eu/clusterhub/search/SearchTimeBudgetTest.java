package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget of a search ({@code clusterhub.search.time-budget-ms}): a pass that runs out
 * of it answers with what it found so far, marked partial. An embedded index of a few hundred
 * posts, searched with words that cost a millisecond per matching document, so that a pass
 * over all of them takes a known while however fast the machine is. (Lucene looks at the
 * clock between growing slices of documents, first after 100.)
 */
class SearchTimeBudgetTest {

    private static final int POSTS = 1_200;
    /** Long enough to find some posts on a busy machine, far too short for all of them (1.2 s). */
    private static final long BUDGET_MS = 300;
    private static final long NANOS_PER_DOCUMENT = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    static Path directory;
    private static SearchIndex index;

    @BeforeAll
    static void indexPosts() {
        index = new SearchIndex(new SearchBackendSettings("lucene", null, null, null, null), directory.toString());
        index.start(null);
        List<TextDocument> posts = new ArrayList<>();
        for (long id = 1; id <= POSTS; id++) {
            posts.add(new TextDocument("post", id, id, "Valve supply " + id, "We make valves for ventilators, batch " + id, "en",
                    "supply", "offer", List.of(), "IT", null, "Precision Valves SpA", LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(id),
                    "/threads/" + id));
        }
        index.apply(posts, List.of());
        // a first search loads the classes of the whole search path: on a busy machine that
        // alone could use up a short budget before the first document is looked at
        new SearchService(index, TimeUnit.MINUTES.toMillis(1)).search(valves());
    }

    @AfterAll
    static void close() {
        index.stop();
    }

    @Test
    void aSearchOverItsBudgetAnswersWithWhatItFoundSoFarMarkedPartial() {
        SearchService search = slowed(BUDGET_MS);

        SearchService.Result result = search.search(valves());

        assertThat(result.partial()).isTrue();
        assertThat(result.hits()).as("the hits found before the budget ran out").isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.title()).startsWith("Valve supply"));
        assertThat(result.totalExact()).isFalse();
        assertThat(result.total()).as("a lower bound").isGreaterThanOrEqualTo(result.hits().size()).isLessThan(POSTS);
        assertThat(result.facets().get("board")).as("facets counted so far").isNotEmpty();
    }

    @Test
    void theSameSearchWithinItsBudgetIsComplete() {
        SearchService search = slowed(TimeUnit.MINUTES.toMillis(1));

        SearchService.Result result = search.search(valves());

        assertThat(result.partial()).isFalse();
        assertThat(result.totalExact()).isTrue();
        assertThat(result.total()).isEqualTo(POSTS);
        assertThat(result.hits()).hasSize(10);
    }

    private static SearchRequest valves() {
        return new SearchRequest("valves", Map.of(), null, null, false, 1, 10);
    }

    /** The service with this budget per pass, its words costing {@link #NANOS_PER_DOCUMENT} per document they visit. */
    private static SearchService slowed(long budgetMs) {
        return new SearchService(index, budgetMs) {
            @Override
            Query parse(String syntax) {
                return new SlowQuery(super.parse(syntax));
            }
        };
    }

    /** Matches and scores as the wrapped query does, a millisecond slower per document. */
    private static final class SlowQuery extends Query {

        private final Query words;

        SlowQuery(Query words) {
            this.words = words;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return new FilterWeight(this, words.createWeight(searcher, scoreMode, boost)) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer scorer = in.scorer(context);
                    return scorer == null ? null : new SlowScorer(this, scorer);
                }
            };
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = words.rewrite(searcher);
            return rewritten == words ? this : new SlowQuery(rewritten);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            words.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "slow(" + words.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlowQuery slow && slow.words.equals(words);
        }

        @Override
        public int hashCode() {
            return 31 * words.hashCode() + 7;
        }
    }

    private static final class SlowScorer extends Scorer {

        private final Scorer in;
        private final DocIdSetIterator documents;

        SlowScorer(Weight weight, Scorer in) {
            super(weight);
            this.in = in;
            DocIdSetIterator matches = in.iterator();
            this.documents = new DocIdSetIterator() {
                @Override
                public int docID() {
                    return matches.docID();
                }

                @Override
                public int nextDoc() throws IOException {
                    LockSupport.parkNanos(NANOS_PER_DOCUMENT);
                    return matches.nextDoc();
                }

                @Override
                public int advance(int target) throws IOException {
                    LockSupport.parkNanos(NANOS_PER_DOCUMENT);
                    return matches.advance(target);
                }

                @Override
                public long cost() {
                    return matches.cost();
                }
            };
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return documents;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE; // never lets Lucene skip documents: each one costs its millisecond
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }
    }
}

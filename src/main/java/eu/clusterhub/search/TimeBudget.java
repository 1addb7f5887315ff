package eu.clusterhub.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The time one pass of a search on the embedded index may take. Past it, the pass's query
 * matches no further documents, so Lucene ends the pass as if it had seen them all and the
 * collectors keep what they found: hits, counts and facets so far. (Hibernate Search's own
 * time limit, {@code truncateAfter}, throws away everything a stopped pass collected on the
 * embedded index: a partial answer had no hits at all.) Checked between slices of documents,
 * so a pass overruns by at most one slice.
 */
final class TimeBudget {

    /** Documents between two looks at the clock when Lucene steps through matches one by one. */
    private static final int CHECK_EVERY = 256;
    /** The first slice of documents that a bulk scorer scores before looking at the clock; slices grow from there. */
    private static final int FIRST_SLICE = 64;
    private static final int LARGEST_SLICE = 1 << 16;

    private final long deadline;
    private volatile boolean exceeded;

    private TimeBudget(long deadline) {
        this.deadline = deadline;
    }

    /** A budget that starts now. */
    static TimeBudget of(long millis) {
        return new TimeBudget(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** Whether a pass under this budget was cut short. */
    boolean exceeded() {
        return exceeded;
    }

    /** The query, matching only while the budget lasts. */
    Query limit(Query query) {
        return new Limited(query, this);
    }

    private boolean spent() {
        if (!exceeded && System.nanoTime() - deadline > 0) {
            exceeded = true;
        }
        return exceeded;
    }

    private static final class Limited extends Query {

        private final Query query;
        private final TimeBudget budget;

        Limited(Query query, TimeBudget budget) {
            this.query = query;
            this.budget = budget;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return new FilterWeight(this, query.createWeight(searcher, scoreMode, boost)) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer scorer = in.scorer(context);
                    return scorer == null ? null : new LimitedScorer(this, scorer, budget);
                }

                @Override
                public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                    BulkScorer scorer = in.bulkScorer(context);
                    return scorer == null ? null : new LimitedBulkScorer(scorer, budget);
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false; // what it matches depends on the clock
                }
            };
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = query.rewrite(searcher);
            return rewritten == query ? this : new Limited(rewritten, budget);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            query.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "budgeted(" + query.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Limited limited && limited.budget == budget && limited.query.equals(query);
        }

        @Override
        public int hashCode() {
            return 31 * query.hashCode() + System.identityHashCode(budget);
        }
    }

    /** Scores slice by slice, and reports the segment done once the budget is spent. */
    private static final class LimitedBulkScorer extends BulkScorer {

        private final BulkScorer in;
        private final TimeBudget budget;

        LimitedBulkScorer(BulkScorer in, TimeBudget budget) {
            this.in = in;
            this.budget = budget;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            int slice = FIRST_SLICE;
            while (min < max) {
                if (budget.spent()) {
                    return DocIdSetIterator.NO_MORE_DOCS;
                }
                min = in.score(collector, acceptDocs, min, (int) Math.min((long) min + slice, max));
                slice = Math.min(slice * 2, LARGEST_SLICE);
            }
            return min;
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    /** For Lucene stepping through matches itself (in a conjunction with filters): ends the matches once the budget is spent. */
    private static final class LimitedScorer extends Scorer {

        private final Scorer in;
        private final DocIdSetIterator matches;

        LimitedScorer(Weight weight, Scorer in, TimeBudget budget) {
            super(weight);
            this.in = in;
            DocIdSetIterator all = in.iterator();
            this.matches = new DocIdSetIterator() {
                private int doc = -1;
                private int steps;

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() throws IOException {
                    return doc = over() ? NO_MORE_DOCS : all.nextDoc();
                }

                @Override
                public int advance(int target) throws IOException {
                    return doc = over() ? NO_MORE_DOCS : all.advance(target);
                }

                private boolean over() {
                    return budget.exceeded || (++steps % CHECK_EVERY == 0 && budget.spent());
                }

                @Override
                public long cost() {
                    return all.cost();
                }
            };
        }

        @Override
        public int docID() {
            return matches.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return matches;
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        // skipping ahead by score (the page's pass needs no total) works as without a budget
        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }
    }
}

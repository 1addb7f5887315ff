package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class StemsQueryParserTest {

    @Test
    void aWordIsLookedUpAsEveryLanguageStemsItInTitlesAndBodies() {
        String query = StemsQueryParser.of("Beatmungsgeräte").toString();
        assertThat(query).contains("titleStems:beatmungsgerat", "bodyStems:beatmungsgerat", "Synonym(").contains("^2.0");
    }

    @Test
    void allWordsAreRequiredUnlessJoinedByOrAndExcludedWordsAreProhibited() {
        BooleanQuery query = (BooleanQuery) StemsQueryParser.of("masks valves -gloves");
        assertThat(query.clauses()).extracting(BooleanClause::getOccur).containsOnly(BooleanClause.Occur.MUST);
        assertThat(query.toString()).contains("+((Synonym(titleStems:mask titleStems:masks))^2.0 Synonym(bodyStems:mask bodyStems:masks))")
                .contains("+((Synonym(titleStems:valv").contains("+(-((Synonym(titleStems:glov");
        BooleanQuery either = (BooleanQuery) StemsQueryParser.of("masks | valves");
        assertThat(either.clauses()).extracting(BooleanClause::getOccur).containsOnly(BooleanClause.Occur.SHOULD);
    }

    @Test
    void aPhraseIsEachLanguagesOwnPhraseOfStemsNeverAMergeOfStackedStems() {
        Query phrase = StemsQueryParser.of("\"supply chains\"");
        String text = phrase.toString();
        // English stems, and the words as languages that do not stem them leave them
        assertThat(text).contains("bodyStems:\"suppli chain\"", "(titleStems:\"suppli chain\")^2.0", "bodyStems:\"supply chains\"");
        phrase.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                assertThat(parent).isNotInstanceOf(MultiPhraseQuery.class);
                return this;
            }
        });
        assertThat(((BooleanQuery) phrase).clauses()).doesNotHaveDuplicates();
    }

    @Test
    void prefixesAreFoldedAndNothingLeftMatchesNothing() {
        assertThat(StemsQueryParser.of("VENTÍ*").toString()).contains("bodyStems:venti*", "titleStems:venti*");
        assertThat(StemsQueryParser.of("!!! ,,,")).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void shortPrefixesFuzzyWordsAndSlopAreReadAsPlainWordsAndPhrases() {
        assertThat(StemsQueryParser.of("ve*").toString()).doesNotContain("*").contains("bodyStems:ve");
        assertThat(StemsQueryParser.of("ven*").toString()).contains("bodyStems:ven*");
        Query fuzzy = StemsQueryParser.of("ventilator~2");
        fuzzy.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                assertThat(parent).isNotInstanceOf(org.apache.lucene.search.FuzzyQuery.class);
                return this;
            }

            @Override
            public void consumeTermsMatching(Query source, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                throw new AssertionError("expands terms: " + source);
            }
        });
        assertThat(fuzzy.toString()).contains("bodyStems:ventil");
        assertThat(StemsQueryParser.of("\"supply chains\"~9").toString()).contains("bodyStems:\"suppli chain\"").doesNotContain("~");
    }
}

package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.Coverage.Capacity;
import eu.clusterhub.matchmaking.Coverage.Demand;
import eu.clusterhub.matchmaking.Eligibility.Categories;
import eu.clusterhub.matchmaking.Eligibility.NeedTerms;
import eu.clusterhub.matchmaking.Eligibility.OfferTerms;
import eu.clusterhub.matchmaking.Eligibility.Verdict;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 12, 1);
    private static final Categories TREE = new Categories(parents());
    private static final Map<String, String> LABELS = Map.of("en-149", "EN 149", "ce", "CE marking", "iso-13485", "ISO 13485");

    private static Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        parents.put("ppe", null);
        parents.put("masks", "ppe");
        parents.put("ffp2", "masks");
        parents.put("ventilators", null);
        parents.put("valves", "ventilators");
        return parents;
    }

    private static Verdict check(OfferTerms offer, NeedTerms need) {
        return Eligibility.check(offer, need, TREE, TODAY, LABELS::get);
    }

    private static final NeedTerms LOMBARDY = new NeedTerms("masks", new Demand(2_000, TODAY.plusDays(11)), "IT",
            Set.of("en-149"));

    @Test
    void anOfferThatServesTheNeedSaysWhyPointByPoint() {
        OfferTerms offer = new OfferTerms("ffp2", new Capacity(5_000, 4, 0), Set.of("IT", "AT"), Set.of("en-149", "ce"), true);

        Verdict verdict = check(offer, LOMBARDY);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.reasons()).containsExactly("covers 100% by 8 Dec", "EN 149 ✓", "ships to IT", "verified");
    }

    @Test
    void anOfferForTheWholeEuOrEeaShipsToEveryMemberButNotBeyond() {
        OfferTerms everywhere = new OfferTerms("masks", new Capacity(700, 0, 0), Set.of(), Set.of("en-149"), false);

        Verdict toItaly = check(everywhere, LOMBARDY);
        assertThat(toItaly.eligible()).isTrue();
        assertThat(toItaly.reasons()).containsExactly("covers 55% by 12 Dec", "EN 149 ✓", "ships across the EU/EEA");

        NeedTerms toNorway = new NeedTerms("masks", LOMBARDY.demand(), "NO", Set.of());
        assertThat(check(everywhere, toNorway).eligible()).as("Norway is in the EEA").isTrue();
        NeedTerms toSerbia = new NeedTerms("masks", LOMBARDY.demand(), "RS", Set.of());
        assertThat(check(everywhere, toSerbia).reasons()).containsExactly("does not ship to RS");
    }

    @Test
    void aCategoryBelowTheNeedsServesItButNotTheOtherWayRound() {
        OfferTerms masks = new OfferTerms("masks", new Capacity(5_000, 0, 0), Set.of(), Set.of("en-149"), false);
        NeedTerms ffp2 = new NeedTerms("ffp2", LOMBARDY.demand(), "IT", Set.of());

        assertThat(check(masks, ffp2).reasons()).as("any mask is not an FFP2 mask").containsExactly("another category");
        assertThat(TREE.within("ffp2", "ppe")).as("two levels down").isTrue();
        assertThat(TREE.within("valves", "ppe")).isFalse();
        assertThat(TREE.within("unknown", "ppe")).isFalse();
    }

    @Test
    void whatIsMissingIsSaidAllAtOnce() {
        OfferTerms offer = new OfferTerms("valves", new Capacity(5_000, 20, 0), Set.of("DE"), Set.of("ce"), true);
        NeedTerms need = new NeedTerms("masks", LOMBARDY.demand(), "IT", Set.of("en-149", "iso-13485"));

        Verdict verdict = check(offer, need);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly("another category", "does not ship to IT", "no EN 149", "no ISO 13485",
                "cannot deliver before 12 Dec");
    }

    @Test
    void aNeedBelowTheMinimumOrderIsNotAMatch() {
        OfferTerms bulk = new OfferTerms("masks", new Capacity(50_000, 0, 10_000), Set.of(), Set.of("en-149"), true);

        assertThat(check(bulk, LOMBARDY).reasons()).containsExactly("minimum order 10,000 is more than the need");
    }
}

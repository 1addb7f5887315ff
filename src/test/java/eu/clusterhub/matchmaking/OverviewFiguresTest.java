package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.matchmaking.OverviewFigures.CapacitySum;
import eu.clusterhub.matchmaking.OverviewFigures.NeedSum;
import eu.clusterhub.matchmaking.OverviewFigures.Row;
import eu.clusterhub.matchmaking.OverviewFigures.Total;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's arithmetic on a small tree: 1 protective equipment > 2 masks > 3 FFP2; 1 > 4 gloves (pairs); 5 disinfectants. */
class OverviewFiguresTest {

    private static final Map<Long, Long> PARENTS = new HashMap<>();

    static {
        PARENTS.put(1L, null);
        PARENTS.put(2L, 1L);
        PARENTS.put(3L, 2L);
        PARENTS.put(4L, 1L);
        PARENTS.put(5L, null);
    }

    private static final Map<Long, Integer> ORDER = Map.of(1L, 0, 2L, 1, 3L, 2, 4L, 3, 5L, 4);

    @Test
    void withoutACategoryEveryCategoryCountsUnderItsTopLevelAncestor() {
        assertThat(OverviewFigures.groups(PARENTS, null)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L, 5L, 5L));
    }

    @Test
    void aChosenCategoryShowsItsChildrenItselfForWhatIsFiledDirectlyAndNothingOutside() {
        assertThat(OverviewFigures.groups(PARENTS, 1L)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 1L, 2L, 2L, 3L, 2L, 4L, 4L));
        assertThat(OverviewFigures.groups(PARENTS, 3L)).as("a leaf alone").containsExactlyInAnyOrderEntriesOf(Map.of(3L, 3L));
    }

    @Test
    void needAndCapacityAddUpPerGroupCountryAndUnitAndAllCountryOffersServeEveryCountry() {
        Map<Long, Long> groups = OverviewFigures.groups(PARENTS, null);
        List<NeedSum> needs = List.of(
                new NeedSum(2, "IT", Unit.PIECES, 1000, 1),
                new NeedSum(3, "IT", Unit.PIECES, 4000, 2),
                new NeedSum(4, "IT", Unit.PAIRS, 500, 1),
                new NeedSum(3, "DE", Unit.PIECES, 300, 1));
        List<CapacitySum> byCountry = List.of(new CapacitySum(3, "IT", Unit.PIECES, 2000, 1), new CapacitySum(3, "FR", Unit.PIECES, 700, 1));
        List<CapacitySum> everywhere = List.of(new CapacitySum(2, null, Unit.PIECES, 100, 1));

        List<Row> rows = OverviewFigures.rows(groups::get, ORDER::get, needs, byCountry, everywhere, null);

        assertThat(rows).containsExactly(
                new Row(1, "IT", Unit.PIECES, 5000, 2100, 3, 2),
                new Row(1, "DE", Unit.PIECES, 300, 100, 1, 1),
                new Row(1, "FR", Unit.PIECES, 0, 800, 0, 2),
                new Row(1, "IT", Unit.PAIRS, 500, 0, 1, 0));
        assertThat(rows.get(0).gap()).isEqualTo(2900);
        assertThat(rows.get(2).gap()).as("spare capacity").isEqualTo(-800);
    }

    @Test
    void withACountryAGroupServedOnlyByAllCountryOffersGetsARowThere() {
        Map<Long, Long> groups = OverviewFigures.groups(PARENTS, null);
        List<Row> rows = OverviewFigures.rows(groups::get, ORDER::get, List.of(), List.of(),
                List.of(new CapacitySum(5, null, Unit.LITRES, 900, 3)), "AT");
        assertThat(rows).containsExactly(new Row(5, "AT", Unit.LITRES, 0, 900, 0, 3));
        assertThat(OverviewFigures.rows(groups::get, ORDER::get, List.of(), List.of(),
                List.of(new CapacitySum(5, null, Unit.LITRES, 900, 3)), null)).as("no country: only in the totals").isEmpty();
    }

    @Test
    void totalsCountEveryOfferOnceAndKeepUnitsApart() {
        Map<Long, Long> groups = OverviewFigures.groups(PARENTS, 1L);
        List<NeedSum> needs = List.of(new NeedSum(3, "IT", Unit.PIECES, 4000, 2), new NeedSum(3, "DE", Unit.PIECES, 300, 1),
                new NeedSum(2, "IT", Unit.PIECES, 50, 1), new NeedSum(4, "IT", Unit.PAIRS, 500, 1), new NeedSum(1, "IT", Unit.PIECES, 7, 1));
        List<CapacitySum> capacity = List.of(new CapacitySum(3, null, Unit.PIECES, 2000, 1), new CapacitySum(2, null, Unit.PIECES, 100, 1),
                new CapacitySum(4, null, Unit.PIECES, 10, 1));

        List<Total> totals = OverviewFigures.totals(groups::get, ORDER::get, needs, capacity);

        assertThat(totals).containsExactly(
                new Total(1, Unit.PIECES, 7, 0),
                new Total(2, Unit.PIECES, 4350, 2100),
                new Total(4, Unit.PIECES, 0, 10),
                new Total(4, Unit.PAIRS, 500, 0));
        assertThat(totals.get(1).gap()).isEqualTo(2250);
    }
}

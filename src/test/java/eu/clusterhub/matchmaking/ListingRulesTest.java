package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What offers and needs must say, field by field, without a container. */
class ListingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ProductCategory MASKS = category("ffp2-masks", Unit.PIECES);
    private static final Certification EN149 = new Certification("en-149");
    private static final ListingRules.Lists LISTS = new ListingRules.Lists(
            slug -> Optional.ofNullable(Map.of("ffp2-masks", MASKS).get(slug)),
            slug -> Optional.ofNullable(Map.of("en-149", EN149).get(slug)));

    private static ProductCategory category(String slug, Unit unit) {
        ProductCategory category = new ProductCategory(slug);
        category.takeSeed(new SeedProduct(slug, "FFP2 masks", null, 1, unit, null, 1), null);
        return category;
    }

    private static ListingRules.OfferDraft offer(String perWeek, String lead, List<String> countries, String validUntil) {
        return new ListingRules.OfferDraft("ffp2-masks", "FFP2 masks, 5,000 a week", "EN 149 certified.", perWeek, null, lead, null,
                List.of("en-149"), countries, validUntil, "it");
    }

    private static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (ValidationFailed e) {
            return e.errors().stream().map(ValidationFailed.FieldError::field).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aCompleteOfferIsCheckedAndTakesTheCategorysUnit() {
        ListingRules.OfferInput input = ListingRules.offer(offer("5000", "3", List.of("it", "AT"), "2027-01-31"), LISTS, TODAY);
        assertThat(input.unit()).isEqualTo(Unit.PIECES);
        assertThat(input.capacityPerWeek()).isEqualTo(5000);
        assertThat(input.countries()).containsExactly("IT", "AT");
        assertThat(input.certifications()).containsExactly(EN149);
        assertThat(input.language()).isEqualTo("it");
    }

    @Test
    void euOrNoCountryMeansAllOfTheEuAndEea() {
        assertThat(ListingRules.offer(offer("5000", "0", List.of("EU"), "2027-01-31"), LISTS, TODAY).countries()).isEmpty();
        assertThat(ListingRules.offer(offer("5000", "0", List.of(), "2027-01-31"), LISTS, TODAY).countries()).isEmpty();
    }

    @Test
    void everyBadFieldOfAnOfferIsNamedAtOnce() {
        var draft = new ListingRules.OfferDraft("nope", " ", null, "-5", "tons", "400", "x", List.of("en-999"), List.of("US"),
                "2026-12-01", "xx");
        assertThat(fields(() -> ListingRules.offer(draft, LISTS, TODAY))).containsExactlyInAnyOrder("category", "title",
                "description", "capacityPerWeek", "unit", "leadTimeDays", "minimumOrder", "certifications", "countries",
                "validUntil", "language");
    }

    @Test
    void absurdNumbersAndFarDatesAreRefused() {
        assertThat(fields(() -> ListingRules.offer(offer("1000000001", "0", List.of(), "2027-01-31"), LISTS, TODAY)))
                .containsExactly("capacityPerWeek");
        assertThat(fields(() -> ListingRules.offer(offer("99999999999999999999", "0", List.of(), "2027-01-31"), LISTS, TODAY)))
                .containsExactly("capacityPerWeek");
        assertThat(fields(() -> ListingRules.offer(offer("10", "0", List.of(), "2028-06-01"), LISTS, TODAY)))
                .containsExactly("validUntil");
        assertThat(fields(() -> ListingRules.offer(offer("10", "0", List.of(), "31/01/2027"), LISTS, TODAY)))
                .containsExactly("validUntil");
    }

    @Test
    void aNeedIsDeliveredToAnEuCountryAndARegionOfIt() {
        var need = new ListingRules.NeedDraft("ffp2-masks", "FFP2 masks for Bergamo", "For the ICU.", "2000", null, "2026-12-08",
                "it", "itc4", List.of("en-149"), "it");
        ListingRules.NeedInput input = ListingRules.need(need, LISTS, TODAY);
        assertThat(input.country()).isEqualTo("IT");
        assertThat(input.region()).isEqualTo("ITC4");
        assertThat(input.neededBy()).isEqualTo(LocalDate.of(2026, 12, 8));
        var greek = new ListingRules.NeedDraft("ffp2-masks", "Masks for Attica", "x", "10", null, "2026-12-08", "GR", "EL30",
                List.of(), "el");
        assertThat(ListingRules.need(greek, LISTS, TODAY).region()).as("NUTS writes Greece as EL").isEqualTo("EL30");
    }

    @Test
    void aNeedForTodayOrThePastOrAnotherCountrysRegionIsRefused() {
        var past = new ListingRules.NeedDraft("ffp2-masks", "FFP2 masks", "x", "0", null, "2026-12-01", "IT", "DE21",
                List.of(), "en");
        assertThat(fields(() -> ListingRules.need(past, LISTS, TODAY))).containsExactlyInAnyOrder("quantity", "neededBy", "region");
        var outside = new ListingRules.NeedDraft("ffp2-masks", "FFP2 masks", "x", "10", null, "2026-12-09", "US", null,
                List.of(), "en");
        assertThat(fields(() -> ListingRules.need(outside, LISTS, TODAY))).containsExactly("country");
    }

    @Test
    void titlesAreOneLineOfPlainTextWithinTheLimit() {
        var draft = new ListingRules.NeedDraft("ffp2-masks", "  FFP2\n\tmasks \u0007 now ", "x", "10", null, "2026-12-09", "IT",
                null, List.of(), "en");
        assertThat(ListingRules.need(draft, LISTS, TODAY).title()).isEqualTo("FFP2 masks now");
        var long_ = new ListingRules.NeedDraft("ffp2-masks", "x".repeat(151), "x", "10", null, "2026-12-09", "IT", null,
                List.of(), "en");
        assertThatThrownBy(() -> ListingRules.need(long_, LISTS, TODAY)).isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("at most 150");
    }
}

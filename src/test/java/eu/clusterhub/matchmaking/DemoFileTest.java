package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.account.AccountRules;
import eu.clusterhub.account.Countries;
import eu.clusterhub.account.OrganisationKind;
import eu.clusterhub.content.CertificationsFile;
import eu.clusterhub.content.ProductsFile;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo file (mvn -Prun -Ddemo) parses, and every listing in it passes the rules of the API, today and in a year. */
class DemoFileTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void everyListingPassesTheRulesWithTheBundledCategoriesAndCertifications() {
        DemoFile demo = DemoFile.bundled();
        ListingRules.Lists lists = bundledLists();
        for (LocalDate day : List.of(TODAY, TODAY.plusYears(1))) {
            assertThat(demo.offers()).allSatisfy(o -> ListingRules.offer(o.offer(day), lists, day));
            assertThat(demo.needs()).allSatisfy(n -> ListingRules.need(n.need(day), lists, day));
        }
        assertThat(demo.offers().size() + demo.needs().size()).isBetween(30, 45);
    }

    @Test
    void organisationsComeFromSeveralCountriesWithValidAccounts() {
        DemoFile demo = DemoFile.bundled();
        assertThat(demo.organisations()).hasSizeBetween(6, 10);
        assertThat(demo.organisations().stream().map(DemoFile.Organisation::country).collect(Collectors.toSet()))
                .contains("IT", "DE", "FR", "ES", "PL", "NL", "AT", "BE");
        Set<String> kinds = Arrays.stream(OrganisationKind.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(demo.organisations()).allSatisfy(o -> {
            assertThat(kinds).contains(o.kind());
            assertThat(Countries.inEuOrEea(o.country())).isTrue();
            assertThat(o.email()).endsWith("@demo.clusterhub.eu").isEqualTo(AccountRules.normaliseEmail(o.email()));
        });
        assertThat(demo.organisations()).anyMatch(DemoFile.Organisation::verified).anyMatch(o -> !o.verified());
        assertThat(demo.password()).isEqualTo("demo-clusterhub-2026");
    }

    @Test
    void aNewcomerSeesMatchesInSeveralLanguages() {
        DemoFile demo = DemoFile.bundled();
        ListingRules.Lists lists = bundledLists();
        List<ListingRules.OfferInput> offers = demo.offers().stream().map(o -> ListingRules.offer(o.offer(TODAY), lists, TODAY)).toList();
        List<ListingRules.NeedInput> needs = demo.needs().stream().map(n -> ListingRules.need(n.need(TODAY), lists, TODAY)).toList();
        assertThat(offers).anyMatch(o -> o.category().getSlug().equals("ventilator-valves") && o.language().equals("de"));
        assertThat(needs).anyMatch(n -> n.category().getSlug().equals("ventilator-valves") && n.language().equals("it"));
        assertThat(offers).anyMatch(o -> o.category().getSlug().equals("ffp2-masks")
                && o.certifications().stream().anyMatch(c -> c.getSlug().equals("en-149"))
                && (o.countries().isEmpty() || o.countries().contains("IT")));
        assertThat(needs).anyMatch(n -> n.category().getSlug().equals("ffp2-masks") && "ITC4".equals(n.region()));
        Set<String> languages = demo.offers().stream().map(o -> o.offer(TODAY).language()).collect(Collectors.toSet());
        languages.addAll(demo.needs().stream().map(n -> n.need(TODAY).language()).collect(Collectors.toSet()));
        assertThat(languages).contains("de", "it", "fr", "es", "pl", "en");
        // every need has at least one offer of its category to find
        Set<String> offered = offers.stream().map(o -> o.category().getSlug()).collect(Collectors.toSet());
        long matched = needs.stream().filter(n -> offered.contains(n.category().getSlug())).count();
        assertThat(matched).isGreaterThanOrEqualTo(needs.size() / 2);
    }

    @Test
    void relativeDatesCountFromTheDayOfTheImport() {
        DemoFile demo = DemoFile.read(new StringReader(file("validUntil: +60d", "neededBy: +12d")));
        assertThat(demo.offers().get(0).offer(LocalDate.of(2026, 3, 1)).validUntil()).isEqualTo("2026-04-30");
        assertThat(demo.needs().get(0).need(LocalDate.of(2026, 3, 1)).neededBy()).isEqualTo("2026-03-13");
    }

    @Test
    void aBadFileSaysWhatIsWrong() {
        assertThatThrownBy(() -> DemoFile.read(new StringReader(file("validUntil: +60d\n    colour: red", "neededBy: +12d"))))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> DemoFile.read(new StringReader(file("validUntil: +60d", "neededBy: +12d").replace("by: a", "by: b"))))
                .hasMessageContaining("which is no organisation of the file");
        assertThatThrownBy(() -> DemoFile.read(new StringReader("password: short\norganisations: []\noffers: []\nneeds: []\n")))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> DemoFile.read(new StringReader("offers: [")))
                .hasMessageContaining("not valid YAML");
    }

    private static String file(String offerDate, String needDate) {
        return "password: long-enough-password\norganisations:\n  - key: a\n    name: A\n    kind: COMPANY\n    country: IT\n"
                + "    email: a@demo.clusterhub.eu\n    member: A\noffers:\n  - by: a\n    title: An offer\n    " + offerDate
                + "\nneeds:\n  - by: a\n    title: A need\n    " + needDate + "\n";
    }

    /** The categories and certifications of content/, as the catalogue has them after the import. */
    private static ListingRules.Lists bundledLists() {
        Map<String, ProductCategory> categories = ProductsFile.read(Path.of("content/products.yml"), "products.yml").stream()
                .collect(Collectors.toMap(SeedProduct::slug, seed -> {
                    ProductCategory category = new ProductCategory(seed.slug());
                    category.takeSeed(seed, null);
                    return category;
                }));
        Map<String, Certification> certifications = CertificationsFile.read(Path.of("content/certifications.yml"), "certifications.yml")
                .stream().collect(Collectors.toMap(SeedCertification::slug, seed -> {
                    Certification certification = new Certification(seed.slug());
                    certification.takeSeed(seed);
                    return certification;
                }));
        return new ListingRules.Lists(slug -> Optional.ofNullable(categories.get(slug)),
                slug -> Optional.ofNullable(certifications.get(slug)));
    }
}

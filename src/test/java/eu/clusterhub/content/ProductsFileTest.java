package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.matchmaking.SeedProduct;
import eu.clusterhub.matchmaking.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductsFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledTreeCoversWhatHospitalsRanShortOfAndTheCapacityToMakeIt() {
        Map<String, SeedProduct> products = bySlug(ProductsFile.read(Path.of("content/products.yml"), "content/products.yml"));
        assertThat(products).containsKeys("ventilators", "ventilator-valves", "breathing-tubing", "ffp2-masks", "ffp3-masks",
                "surgical-masks", "gloves", "gowns", "face-shields", "goggles", "hand-sanitiser", "test-kits", "swabs", "reagents",
                "3d-printing", "machining", "injection-moulding", "textile-production", "electronics-assembly", "sterilisation",
                "transport-logistics");
        SeedProduct valves = products.get("ventilator-valves");
        assertThat(valves.parent()).isEqualTo("ventilator-parts");
        assertThat(valves.depth()).isEqualTo(3);
        assertThat(products.get("respiratory-devices").depth()).isEqualTo(1);
        assertThat(products.get("respiratory-devices").cpv()).isEqualTo("33157000");
        assertThat(products.get("surgical-gloves").unit()).isEqualTo(Unit.PAIRS);
        assertThat(products.get("3d-printing").unit()).isEqualTo(Unit.MACHINE_HOURS);
        assertThat(products.get("swabs").cpv()).as("no code where none is known to fit").isNull();
        assertThat(products.values()).allSatisfy(p -> assertThat(p.depth()).isBetween(1, 3));
    }

    @Test
    void aCpvCodeMayCarryItsCheckDigit() throws IOException {
        Path file = Files.writeString(dir.resolve("products.yml"),
                "products:\n  - slug: a\n    name: A\n    unit: pieces\n    cpv: 33157000-5\n    order: 1\n");
        assertThat(ProductsFile.read(file, "products.yml")).extracting(SeedProduct::cpv).containsExactly("33157000-5");
    }

    @Test
    void anAbsentFileMeansNoCategories() {
        assertThat(ProductsFile.readIfPresent(dir.resolve("products.yml"), "products.yml")).isEmpty();
    }

    @Test
    void entryProblemsNameTheLine() throws IOException {
        assertFails(entry("a", null, "pieces") + entry("a", null, "pairs"), 8, "already used by the category on line 2");
        assertFails("products:\n  - slug: a\n    name: A\n    order: 1\n", 2, "the category has no 'unit'");
        assertFails("products:\n  - slug: a\n    name: A\n    unit: tonnes\n    order: 1\n", 4, "unit 'tonnes' is not one of pieces");
        assertFails("products:\n  - slug: a\n    name: A\n    unit: pieces\n    cpv: 3315700\n    order: 1\n", 5,
                "cpv '3315700' must be eight digits");
        assertFails("products:\n  - slug: a\n    name: A\n    unit: pieces\n    cpv: 33157000-56\n    order: 1\n", 5,
                "must be eight digits");
        assertFails("products:\n  - slug: Masks\n    name: A\n    unit: pieces\n    order: 1\n", 2, "may only hold lower-case");
        assertFails("products:\n  - slug: a\n    name: A\n    unit: pieces\n    colour: red\n    order: 1\n", 5, "unknown key 'colour'");
        assertFails("products: []\n", 1, "'products' is empty");
    }

    @Test
    void treeProblemsNameTheLineOfTheParent() throws IOException {
        assertFails(entry("a", null, "pieces") + entry("b", "nowhere", "pieces"), 11, "parent 'nowhere' is not a category of this file");
        assertFails(entry("a", "b", "pieces") + entry("b", "a", "pieces"), 5, "go round in a circle: a > b > a");
        assertFails(entry("a", "a", "pieces"), 5, "go round in a circle");
        assertFails(entry("a", null, "pieces") + entry("b", "a", "pieces") + entry("c", "b", "pieces") + entry("d", "c", "pieces"),
                23, "'d' would be on level 4 of the tree; at most 3 levels");
    }

    @Test
    void aChildMayComeBeforeItsParentInTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("products.yml"),
                "products:\n" + entry("child", "root", "pieces") + entry("root", null, "pieces"));
        assertThat(bySlug(ProductsFile.read(file, "products.yml")).get("child").depth()).isEqualTo(2);
    }

    /** Six lines each; after "products:" on line 1, entry n starts on line 6n - 4 and its parent is 3 lines further. */
    private static String entry(String slug, String parent, String unit) {
        return "  - slug: " + slug + "\n    name: " + slug.toUpperCase() + "\n    unit: " + unit + "\n"
                + (parent == null ? "    # top level\n" : "    parent: " + parent + "\n") + "    order: 1\n    cpv: \"33157000\"\n";
    }

    private void assertFails(String text, int line, String problem) throws IOException {
        String file = text.startsWith("products:") ? text : "products:\n" + text;
        Path path = Files.writeString(dir.resolve("products.yml"), file);
        assertThatThrownBy(() -> ProductsFile.read(path, "products.yml"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageContaining(problem)
                .hasMessageStartingWith("products.yml:" + line + ":");
    }

    private static Map<String, SeedProduct> bySlug(List<SeedProduct> products) {
        return products.stream().collect(Collectors.toMap(SeedProduct::slug, Function.identity()));
    }
}

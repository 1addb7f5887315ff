package eu.clusterhub.content;

import eu.clusterhub.matchmaking.SeedProduct;
import eu.clusterhub.matchmaking.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses content/products.yml: the managed tree of product and capacity categories that
 * offers and needs are filed under. The tree is checked whole (parents exist, no cycles,
 * at most {@value #MAX_DEPTH} levels) before anything is handed over.
 */
public final class ProductsFile {

    public static final String FILE_NAME = "products.yml";
    static final int MAX_DEPTH = 3;
    /** Eight digits, optionally the check digit after a hyphen, as the CPV regulation writes them. */
    static final Pattern CPV = Pattern.compile("\\d{8}(-\\d)?");
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("slug", "name", "parent", "unit", "cpv", "order"));
    private static final String UNITS = Arrays.stream(Unit.values()).map(Unit::code).collect(Collectors.joining(", "));

    private ProductsFile() {
    }

    /** The categories of the file; none when there is no such file. */
    public static List<SeedProduct> readIfPresent(Path path, String displayName) {
        return Files.isRegularFile(path) ? read(path, displayName) : List.of();
    }

    public static List<SeedProduct> read(Path path, String displayName) {
        YamlDocument yaml = YamlDocument.of(displayName);
        Node root = yaml.parse(path);
        Node list = yaml.mapping(root, "the file", Set.of("products")).get("products");
        if (list == null) {
            throw yaml.error(root, "the file must have a 'products' list");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Node node : yaml.sequence(list, "'products'")) {
            Entry entry = entry(yaml, node);
            Entry earlier = entries.putIfAbsent(entry.slug, entry);
            if (earlier != null) {
                throw yaml.error(node, "slug '" + entry.slug + "' is already used by the category on line " + earlier.line);
            }
        }
        if (entries.isEmpty()) {
            throw yaml.error(list, "'products' is empty: offers and needs need at least one category");
        }
        List<SeedProduct> products = new ArrayList<>();
        for (Entry entry : entries.values()) {
            products.add(new SeedProduct(entry.slug, entry.name, entry.parent, depth(yaml, entry, entries), entry.unit, entry.cpv,
                    entry.order));
        }
        return List.copyOf(products);
    }

    private static Entry entry(YamlDocument yaml, Node node) {
        Map<String, Node> fields = yaml.mapping(node, "a category", KEYS);
        String slug = yaml.text(fields, "slug", node, "the category", 64);
        if (!FrontMatter.SLUG.matcher(slug).matches()) {
            throw yaml.error(fields.get("slug"), "slug '" + slug + "' may only hold lower-case letters, digits and single hyphens");
        }
        String unitCode = yaml.text(fields, "unit", node, "the category", 32);
        Unit unit = Unit.of(unitCode).orElseThrow(
                () -> yaml.error(fields.get("unit"), "unit '" + unitCode + "' is not one of " + UNITS));
        String cpv = yaml.optionalText(fields, "cpv", 32);
        if (cpv != null && !CPV.matcher(cpv).matches()) {
            throw yaml.error(fields.get("cpv"), "cpv '" + cpv + "' must be eight digits, optionally with the check digit (33157000 or 33157000-5)");
        }
        String parent = yaml.optionalText(fields, "parent", 64);
        int parentLine = parent == null ? 0 : yaml.line(fields.get("parent"));
        return new Entry(slug, yaml.text(fields, "name", node, "the category", TopicsFile.MAX_NAME), parent, parentLine, unit, cpv,
                yaml.integer(fields, "order", node, "the category"), yaml.line(node));
    }

    /** 1 for a top-level category; walks up the parents, refusing unknown ones, cycles and deep trees. */
    private static int depth(YamlDocument yaml, Entry entry, Map<String, Entry> entries) {
        Set<String> seen = new LinkedHashSet<>();
        Entry current = entry;
        while (current.parent != null) {
            if (!seen.add(current.slug)) {
                throw yaml.error(entry.parentLine, "the parents of '" + entry.slug + "' go round in a circle: "
                        + String.join(" > ", seen) + " > " + current.slug);
            }
            Entry parent = entries.get(current.parent);
            if (parent == null) {
                throw yaml.error(current.parentLine, "parent '" + current.parent + "' is not a category of this file");
            }
            current = parent;
        }
        int depth = seen.size() + 1;
        if (depth > MAX_DEPTH) {
            throw yaml.error(entry.parentLine, "'" + entry.slug + "' would be on level " + depth + " of the tree; at most "
                    + MAX_DEPTH + " levels are allowed");
        }
        return depth;
    }

    private record Entry(String slug, String name, String parent, int parentLine, Unit unit, String cpv, int order, int line) {
    }
}

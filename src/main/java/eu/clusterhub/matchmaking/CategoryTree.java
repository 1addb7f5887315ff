package eu.clusterhub.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts categories in reading order: each one followed by its children, siblings by their
 * order, then name. A flat list in that order is what a select box or a table shows, and
 * what a client can fold into a tree by {@code parent}.
 */
final class CategoryTree {

    private static final Comparator<ProductCategory> SIBLINGS =
            Comparator.comparingInt(ProductCategory::getPosition).thenComparing(ProductCategory::getName);

    private CategoryTree() {
    }

    static List<ProductCategory> inReadingOrder(List<ProductCategory> categories) {
        Map<String, List<ProductCategory>> children = new LinkedHashMap<>();
        for (ProductCategory category : categories) {
            String parent = category.getParent() == null ? null : category.getParent().getSlug();
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(category);
        }
        children.values().forEach(list -> list.sort(SIBLINGS));
        List<ProductCategory> ordered = new ArrayList<>(categories.size());
        addWithChildren(children.getOrDefault(null, List.of()), children, ordered);
        return ordered;
    }

    private static void addWithChildren(List<ProductCategory> level, Map<String, List<ProductCategory>> children,
                                        List<ProductCategory> ordered) {
        for (ProductCategory category : level) {
            ordered.add(category);
            addWithChildren(children.getOrDefault(category.getSlug(), List.of()), children, ordered);
        }
    }
}

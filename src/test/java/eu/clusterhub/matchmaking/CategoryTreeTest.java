package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private final Map<String, ProductCategory> rows = new HashMap<>();

    @Test
    void eachCategoryIsFollowedByItsChildrenAndSiblingsGoByOrderThenName() {
        // given in the order the database might return them: by depth
        List<ProductCategory> stored = List.of(
                category("testing", null, 1, 40), category("masks-and-gloves", null, 1, 20),
                category("masks", "masks-and-gloves", 2, 10), category("gloves", "masks-and-gloves", 2, 10),
                category("swabs", "testing", 2, 20), category("test-kits", "testing", 2, 10),
                category("ffp3-masks", "masks", 3, 20), category("ffp2-masks", "masks", 3, 10));

        assertThat(CategoryTree.inReadingOrder(stored)).extracting(ProductCategory::getSlug).containsExactly(
                "masks-and-gloves", "gloves", "masks", "ffp2-masks", "ffp3-masks", "testing", "test-kits", "swabs");
    }

    @Test
    void noCategoriesNoTree() {
        assertThat(CategoryTree.inReadingOrder(List.of())).isEmpty();
    }

    private ProductCategory category(String slug, String parent, int depth, int order) {
        ProductCategory category = new ProductCategory(slug);
        // names follow the slugs, so "gloves" sorts before "masks" at the same order
        category.takeSeed(new SeedProduct(slug, slug, parent, depth, Unit.PIECES, null, order), parent == null ? null : rows.get(parent));
        rows.put(slug, category);
        return category;
    }
}

package eu.clusterhub.matchmaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The managed lists in memory: a few dozen categories and certifications, read on every
 * match, form and card. They change only when content is imported, so a copy a minute old
 * is current; a match never queries them.
 */
@ApplicationScoped
public class Catalogue {

    private static final long FRESH_NANOS = 60_000_000_000L;

    @Inject
    private MatchmakingRepository repository;

    private volatile Snapshot snapshot;

    /** One reading of both lists. */
    public static final class Snapshot {

        private final List<ProductCategory> inReadingOrder;
        private final Map<String, ProductCategory> bySlug;
        private final Map<Long, ProductCategory> byId;
        private final Map<String, String> parents = new HashMap<>();
        private final List<Certification> certifications;
        private final Map<String, Certification> certificationBySlug;
        private final Map<Long, Certification> certificationById;
        private final long readAt = System.nanoTime();

        Snapshot(List<ProductCategory> categories, List<Certification> certifications) {
            this.inReadingOrder = CategoryTree.inReadingOrder(categories);
            this.bySlug = categories.stream().collect(Collectors.toUnmodifiableMap(ProductCategory::getSlug, c -> c));
            this.byId = categories.stream().collect(Collectors.toUnmodifiableMap(ProductCategory::getId, c -> c));
            categories.forEach(c -> parents.put(c.getSlug(), c.getParent() == null ? null : c.getParent().getSlug()));
            this.certifications = List.copyOf(certifications);
            this.certificationBySlug = certifications.stream().collect(Collectors.toUnmodifiableMap(Certification::getSlug, c -> c));
            this.certificationById = certifications.stream().collect(Collectors.toUnmodifiableMap(Certification::getId, c -> c));
        }

        public List<ProductCategory> categories() {
            return inReadingOrder;
        }

        public Optional<ProductCategory> category(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }

        public ProductCategory category(long id) {
            return byId.get(id);
        }

        public Eligibility.Categories tree() {
            return new Eligibility.Categories(parents);
        }

        /** The category and every category below it: a need for "masks" is served by FFP2 masks. */
        public List<Long> withDescendants(long categoryId) {
            ProductCategory root = byId.get(categoryId);
            Eligibility.Categories tree = tree();
            return byId.values().stream().filter(c -> tree.within(c.getSlug(), root.getSlug())).map(ProductCategory::getId).toList();
        }

        /** The category and every category above it: an offer of FFP2 masks serves needs for "masks". */
        public List<Long> withAncestors(long categoryId) {
            List<Long> ids = new ArrayList<>();
            for (ProductCategory c = byId.get(categoryId); c != null; c = c.getParent() == null ? null : byId.get(c.getParent().getId())) {
                ids.add(c.getId());
            }
            return ids;
        }

        /** Slugs of the category and its ancestors, for the index: a search for "masks" finds FFP2 offers. */
        public List<String> slugsWithAncestors(long categoryId) {
            return withAncestors(categoryId).stream().map(id -> byId.get(id).getSlug()).toList();
        }

        public List<Certification> certifications() {
            return certifications;
        }

        public Optional<Certification> certification(String slug) {
            return Optional.ofNullable(certificationBySlug.get(slug));
        }

        public Certification certification(long id) {
            return certificationById.get(id);
        }

        /** The certifications of these ids, in the list's order. */
        public List<Certification> certifications(Collection<Long> ids) {
            Set<Long> wanted = new LinkedHashSet<>(ids);
            return certifications.stream().filter(c -> wanted.contains(c.getId())).toList();
        }

        public Function<String, String> certificationName() {
            return slug -> Optional.ofNullable(certificationBySlug.get(slug)).map(Certification::getName).orElse(slug);
        }

        public ListingRules.Lists lookup() {
            return new ListingRules.Lists(this::category, this::certification);
        }
    }

    public Snapshot now() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt > FRESH_NANOS) {
            current = new Snapshot(repository.categories(), repository.certifications());
            snapshot = current;
        }
        return current;
    }
}

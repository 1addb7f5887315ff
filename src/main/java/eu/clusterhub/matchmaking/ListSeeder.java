package eu.clusterhub.matchmaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the managed lists from content/, matched by slug; an unchanged entry leaves its row
 * alone. Runs inside the import's single transaction. Entries that left the file stay, as
 * offers and needs may refer to them.
 */
@ApplicationScoped
public class ListSeeder {

    @Inject
    private MatchmakingRepository repository;

    /** Counts as {created, updated, unchanged}. The seeds are checked: parents exist, no cycles. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] seedProducts(List<SeedProduct> seeds) {
        int[] counts = new int[3];
        Map<String, ProductCategory> written = new HashMap<>();
        // parents first, so that a child can point at its parent's row
        for (SeedProduct seed : seeds.stream().sorted(Comparator.comparingInt(SeedProduct::depth)).toList()) {
            ProductCategory parent = seed.parent() == null ? null : written.get(seed.parent());
            ProductCategory category = repository.category(seed.slug()).orElse(null);
            if (category == null) {
                category = new ProductCategory(seed.slug());
                category.takeSeed(seed, parent);
                repository.add(category);
                counts[0]++;
            } else {
                counts[category.takeSeed(seed, parent) ? 1 : 2]++;
            }
            written.put(seed.slug(), category);
        }
        return counts;
    }

    /** Counts as {created, updated, unchanged}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] seedCertifications(List<SeedCertification> seeds) {
        int[] counts = new int[3];
        for (SeedCertification seed : seeds) {
            Certification certification = repository.certification(seed.slug()).orElse(null);
            if (certification == null) {
                certification = new Certification(seed.slug());
                certification.takeSeed(seed);
                repository.add(certification);
                counts[0]++;
            } else {
                counts[certification.takeSeed(seed) ? 1 : 2]++;
            }
        }
        return counts;
    }
}

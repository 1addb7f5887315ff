package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Hashes;
import java.util.Objects;

/**
 * One category as written in content/products.yml, checked: its parent exists and comes
 * with the depth it sits at (1 for a top-level category). {@code parent} and {@code cpv}
 * may be null.
 */
public record SeedProduct(String slug, String name, String parent, int depth, Unit unit, String cpv, int order) {

    public String sourceHash() {
        return Hashes.sha256(String.join("\u0000", slug, name, Objects.toString(parent, ""), Integer.toString(depth),
                unit.code(), Objects.toString(cpv, ""), Integer.toString(order)));
    }
}

package eu.clusterhub.matchmaking;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a category is counted in. A fixed set, not free text, so that a need's quantity and
 * an offer's weekly capacity in the same category can be compared.
 */
public enum Unit {
    PIECES("pieces"),
    PAIRS("pairs"),
    LITRES("litres"),
    KITS("kits"),
    MACHINE_HOURS("machine-hours"),
    PALLETS("pallets"),
    SHIPMENTS("shipments");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    /** As written in content/products.yml and the API. */
    public String code() {
        return code;
    }

    public static Optional<Unit> of(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}

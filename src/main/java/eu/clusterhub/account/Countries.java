package eu.clusterhub.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The countries an organisation can be registered in: the EU-27, the other EEA countries,
 * the EU candidate countries, and "other" (ZZ).
 */
public final class Countries {

    public static final String OTHER = "ZZ";

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[] entries = {
            // EU-27
            "AT", "Austria", "BE", "Belgium", "BG", "Bulgaria", "HR", "Croatia", "CY", "Cyprus",
            "CZ", "Czechia", "DK", "Denmark", "EE", "Estonia", "FI", "Finland", "FR", "France",
            "DE", "Germany", "GR", "Greece", "HU", "Hungary", "IE", "Ireland", "IT", "Italy",
            "LV", "Latvia", "LT", "Lithuania", "LU", "Luxembourg", "MT", "Malta", "NL", "Netherlands",
            "PL", "Poland", "PT", "Portugal", "RO", "Romania", "SK", "Slovakia", "SI", "Slovenia",
            "ES", "Spain", "SE", "Sweden",
            // EEA
            "IS", "Iceland", "LI", "Liechtenstein", "NO", "Norway",
            // candidate countries
            "AL", "Albania", "BA", "Bosnia and Herzegovina", "GE", "Georgia", "MD", "Moldova",
            "ME", "Montenegro", "MK", "North Macedonia", "RS", "Serbia", "TR", "Türkiye", "UA", "Ukraine",
            OTHER, "Other country"
        };
        for (int i = 0; i < entries.length; i += 2) {
            NAMES.put(entries[i], entries[i + 1]);
        }
    }

    private Countries() {
    }

    /** The EU-27 and the other EEA countries: "all of the EU/EEA" in an offer's service area. */
    private static final java.util.Set<String> EU_EEA = java.util.Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
            "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    /** The EU/EEA codes, sorted: where an offer for "all of the EU/EEA" ships. */
    public static java.util.List<String> euAndEea() {
        return EU_EEA.stream().sorted().toList();
    }

    public static boolean inEuOrEea(String code) {
        return EU_EEA.contains(code);
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** Code to name, in display order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }
}

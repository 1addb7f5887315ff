package eu.clusterhub.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The 24 official languages of the EU as ISO 639-1 codes: what texts may be written in. */
public final class Languages {

    /** Each language under its own name, in the order of the codes, as offered in forms. */
    public static final Map<String, String> NAMES = names();

    public static final Set<String> EU = NAMES.keySet();

    public static final String FALLBACK = "en";

    private Languages() {
    }

    /** The first EU language among a reader's preferred locales, else English. */
    public static String preferred(Iterable<Locale> locales) {
        for (Locale locale : locales) {
            if (EU.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return FALLBACK;
    }

    private static Map<String, String> names() {
        String[][] pairs = {{"bg", "български"}, {"cs", "čeština"}, {"da", "dansk"}, {"de", "Deutsch"},
            {"el", "ελληνικά"}, {"en", "English"}, {"es", "español"}, {"et", "eesti"}, {"fi", "suomi"},
            {"fr", "français"}, {"ga", "Gaeilge"}, {"hr", "hrvatski"}, {"hu", "magyar"}, {"it", "italiano"},
            {"lt", "lietuvių"}, {"lv", "latviešu"}, {"mt", "Malti"}, {"nl", "Nederlands"}, {"pl", "polski"},
            {"pt", "português"}, {"ro", "română"}, {"sk", "slovenčina"}, {"sl", "slovenščina"}, {"sv", "svenska"}};
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            names.put(pair[0], pair[1]);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}

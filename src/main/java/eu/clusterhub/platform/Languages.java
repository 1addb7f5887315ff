package eu.clusterhub.platform;

import java.util.Set;

/** The 24 official languages of the EU as ISO 639-1 codes: what texts may be written in. */
public final class Languages {

    public static final Set<String> EU = Set.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
            "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    private Languages() {
    }
}

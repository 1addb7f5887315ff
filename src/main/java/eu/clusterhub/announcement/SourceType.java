package eu.clusterhub.announcement;

import java.util.Locale;
import java.util.Optional;

/** Who issued the measure an announcement reports. */
public enum SourceType {
    EUROPEAN_COMMISSION("European Commission"),
    EU_INSTITUTION("Other EU institution or agency"),
    MEMBER_STATE("Member State"),
    CLUSTER_ORGANISATION("Cluster organisation"),
    OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The form used in content files and URLs, e.g. {@code member-state}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts the constant or slug form in any case: MEMBER_STATE, member-state. */
    public static Optional<SourceType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SourceType type : values()) {
            if (type.name().equals(normalised)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

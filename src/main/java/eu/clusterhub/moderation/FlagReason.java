package eu.clusterhub.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Why a member flags an item. */
public enum FlagReason {
    SPAM("spam", "Spam"),
    FRAUD("fraud", "Fraud or fake offer"),
    INACCURATE("inaccurate", "Inaccurate official information"),
    OFF_TOPIC("off-topic", "Off-topic"),
    OFFENSIVE("offensive", "Offensive"),
    ILLEGAL("illegal", "Illegal"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    FlagReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FlagReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(FlagReason::code).toList();
    }
}

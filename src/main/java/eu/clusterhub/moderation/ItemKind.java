package eu.clusterhub.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an item is in the review queue: members flagged it, or it is held until approved (as a first post, or as likely spam). */
public enum ItemKind {
    FLAGGED, APPROVAL, SPAM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}

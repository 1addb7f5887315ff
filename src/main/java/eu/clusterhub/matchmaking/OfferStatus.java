package eu.clusterhub.matchmaking;

import java.util.Arrays;
import java.util.Optional;

/** Open offers are matched; a paused one is kept but not matched; a closed one is history. */
public enum OfferStatus {
    OPEN, PAUSED, CLOSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<OfferStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}

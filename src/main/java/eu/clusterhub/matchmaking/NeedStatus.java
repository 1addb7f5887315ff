package eu.clusterhub.matchmaking;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a need stands. Open, in contact and partly covered needs are still looking for
 * offers ({@link #ACTIVE}); covered, closed and expired ones are not. The owner closes a
 * need; contact, pledges and the expiry job move it along the rest.
 */
public enum NeedStatus {
    OPEN, IN_CONTACT, PARTLY_COVERED, COVERED, CLOSED, EXPIRED;

    /** The statuses of needs that still look for offers. */
    public static final Set<NeedStatus> ACTIVE = EnumSet.of(OPEN, IN_CONTACT, PARTLY_COVERED);

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public static Optional<NeedStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}

package eu.clusterhub.announcement;

import eu.clusterhub.platform.StaleVersion;
import java.time.LocalDateTime;

/**
 * An edit based on an older version than the stored one: refused, so that nobody's
 * changes are silently overwritten. Says who changed it in between, and when.
 */
public class StaleEdit extends StaleVersion {

    private final long currentVersion;

    public StaleEdit(long currentVersion, String changedBy, LocalDateTime changedAt) {
        super("This announcement was changed by " + changedBy + " at " + changedAt.withNano(0).toString().replace('T', ' ')
                + " UTC after you opened it. Your changes were not saved: reload it to see the new version, then apply them again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

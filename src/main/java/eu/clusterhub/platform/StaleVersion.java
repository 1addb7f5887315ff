package eu.clusterhub.platform;

/**
 * An edit based on an older version than the stored one: refused, so that nobody's changes
 * are silently overwritten. A kind of {@link Conflict}; the reason says what to do.
 */
public class StaleVersion extends Conflict {

    public StaleVersion(String reason) {
        super("Edit conflict", reason);
    }
}

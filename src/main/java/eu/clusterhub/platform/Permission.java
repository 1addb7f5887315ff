package eu.clusterhub.platform;

import java.util.function.Supplier;

/**
 * A permission object's answer to "may this caller do this to that": granted, or refused
 * with the {@link Refusal} that says why. Pages ask {@link #isGranted()} to decide whether a
 * button is shown; services call {@link #check()} before they act. Both ask the same rule,
 * so a button shown and an action allowed cannot disagree.
 */
public final class Permission {

    private static final Permission GRANTED = new Permission(null);

    private final Supplier<? extends Refusal> refusal;

    private Permission(Supplier<? extends Refusal> refusal) {
        this.refusal = refusal;
    }

    public static Permission granted() {
        return GRANTED;
    }

    /** A refusal; the exception is made only when someone {@link #check()}s. */
    public static Permission refused(Supplier<? extends Refusal> why) {
        return new Permission(why);
    }

    public boolean isGranted() {
        return refusal == null;
    }

    /** Throws the refusal's exception unless granted. */
    public void check() {
        if (refusal != null) {
            throw refusal.get();
        }
    }

    /** The refusal this answer would throw, for tests and messages; null when granted. */
    public Refusal refusal() {
        return refusal == null ? null : refusal.get();
    }

    @Override
    public String toString() {
        return refusal == null ? "granted" : "refused: " + refusal().title();
    }
}

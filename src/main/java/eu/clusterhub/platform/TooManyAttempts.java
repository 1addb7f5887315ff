package eu.clusterhub.platform;

/** Too many attempts in a short time (failed sign-ins): refused until a moment given in seconds. */
public class TooManyAttempts extends Refusal {

    private final long retryAfterSeconds;

    public TooManyAttempts(String title, String reason, long retryAfterSeconds) {
        super(title, reason);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

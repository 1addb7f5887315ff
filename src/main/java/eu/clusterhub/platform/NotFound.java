package eu.clusterhub.platform;

/** What was asked for does not exist (or must look as if it did not). */
public class NotFound extends Refusal {

    public NotFound(String reason) {
        super("Not found", reason);
    }
}

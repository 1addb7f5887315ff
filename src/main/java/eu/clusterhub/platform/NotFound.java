package eu.clusterhub.platform;

/** What was asked for does not exist (or must look as if it did not): a 404. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}

package eu.clusterhub.platform;

/** The caller is known but may not do this: a 403. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}

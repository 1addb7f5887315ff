package eu.clusterhub.platform;

/** The request needs a signed-in caller and has none: a 401. */
public class NotAuthenticated extends RuntimeException {
    public NotAuthenticated() {
        super("Sign in, or send an API token as 'Authorization: Bearer <token>'");
    }
}

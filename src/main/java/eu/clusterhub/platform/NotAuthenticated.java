package eu.clusterhub.platform;

/** The request needs a signed-in caller and has none, or its credentials are wrong. */
public class NotAuthenticated extends Refusal {

    public NotAuthenticated() {
        this("Sign in, or send an API token as 'Authorization: Bearer <token>'");
    }

    public NotAuthenticated(String reason) {
        super("Not signed in", reason);
    }
}

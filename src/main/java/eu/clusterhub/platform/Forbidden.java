package eu.clusterhub.platform;

/** The caller is known but may not do this (wrong role, someone else's post, email not confirmed). */
public class Forbidden extends Refusal {

    public Forbidden(String reason) {
        super("Forbidden", reason);
    }

    public Forbidden(String title, String reason) {
        super(title, reason);
    }
}

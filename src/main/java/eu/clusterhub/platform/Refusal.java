package eu.clusterhub.platform;

/**
 * A rule of the domain said no: the caller is not signed in, may not do this, asks for
 * something that is not there, conflicts with the state of things, sent input that breaks
 * the rules, or tried too often. Services throw these and nothing that speaks HTTP; the API
 * turns them into problem details ({@code platform.rest.ProblemMapper}) and pages into
 * messages ({@code platform.web.FacesMessages#refused}). The message is a sentence for a
 * person, the title a few words naming the kind of refusal.
 */
public abstract class Refusal extends RuntimeException {

    private final String title;

    protected Refusal(String title, String reason) {
        super(reason);
        this.title = title;
    }

    /** A few words naming the refusal, e.g. "Thread locked". */
    public String title() {
        return title;
    }

    /** The sentence that says why, for a person. */
    public String reason() {
        return getMessage();
    }
}

package eu.clusterhub.platform;

/**
 * The request is understood and allowed, but the state of things refuses it: a locked
 * thread, an archived board, a name already taken, a rebuild already running. The title
 * names the state ("Thread locked"), the reason says it to a person.
 */
public class Conflict extends Refusal {

    public Conflict(String title, String reason) {
        super(title, reason);
    }
}

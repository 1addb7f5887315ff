package eu.clusterhub.announcement;

/** An edit that changes nothing: refused so that no empty revision is written. */
public class NothingChanged extends RuntimeException {

    public NothingChanged() {
        super("Nothing was changed, so nothing was saved");
    }
}

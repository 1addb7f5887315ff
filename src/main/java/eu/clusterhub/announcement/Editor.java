package eu.clusterhub.announcement;

/** Who makes a change: an account, or the content import (no account). */
public record Editor(Long accountId, String name) {

    public static final Editor CONTENT_IMPORT = new Editor(null, "Content import");
}

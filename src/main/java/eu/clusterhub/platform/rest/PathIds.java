package eu.clusterhub.platform.rest;

import eu.clusterhub.platform.NotFound;

/** Numeric ids in API paths: anything but a positive number names nothing, so it is a 404. */
public final class PathIds {

    private PathIds() {
    }

    public static long of(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not an id
        }
        throw new NotFound("No such " + what);
    }
}

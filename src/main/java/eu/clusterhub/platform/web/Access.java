package eu.clusterhub.platform.web;

/**
 * Who may open a page: anyone, or callers in a role (the container role of the same name).
 * Roles nest as accounts' roles do: a moderator is also a member, an admin is both.
 */
public enum Access {
    ANYONE,
    MEMBER,
    MODERATOR,
    ADMIN;

    /** The container role a caller needs, or null for {@link #ANYONE}. */
    String role() {
        return this == ANYONE ? null : name();
    }
}

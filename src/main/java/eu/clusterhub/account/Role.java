package eu.clusterhub.account;

/** What an account may do. Each role includes the ones before it. */
public enum Role {
    MEMBER, MODERATOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}

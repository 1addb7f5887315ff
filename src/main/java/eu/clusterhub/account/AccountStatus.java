package eu.clusterhub.account;

/** ACTIVE accounts sign in; SUSPENDED ones are refused; DELETED ones keep only their posts. */
public enum AccountStatus {
    ACTIVE, SUSPENDED, DELETED
}

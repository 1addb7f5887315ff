package eu.clusterhub.account;

/**
 * Fired inside the transaction that erases an account, so that features which copied the
 * account's name elsewhere (e.g. revision histories) remove it in the same commit.
 */
public record AccountErased(long accountId, String formerDisplayName) {
}

package eu.clusterhub.account;

import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The account behind the current request (session or API token), loaded once per request.
 * Every write asks it for the caller, so role and status are checked against the database,
 * not only against what the session remembers.
 */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountRepository accounts;

    private Optional<Account> account;

    public Optional<Account> get() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : parseId(principal.getName())
                    .flatMap(accounts::byId)
                    .filter(Account::isActive);
        }
        return account;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    /** For views: the signed-in account, or null. */
    public Account getAccount() {
        return get().orElse(null);
    }

    public Account require() {
        return get().orElseThrow(NotAuthenticated::new);
    }

    public Account require(Role role) {
        Account caller = require();
        if (!caller.getRole().atLeast(role)) {
            throw new Forbidden("This needs the " + role + " role");
        }
        return caller;
    }

    /** Signed in as a moderator or admin. Pages ask this, or a feature's permission object. */
    public boolean isModerator() {
        return get().map(Account::isModerator).orElse(false);
    }

    public boolean isAdmin() {
        return get().map(Account::isAdmin).orElse(false);
    }

    /** Signed in with a confirmed email address, so allowed to write. */
    public boolean isConfirmed() {
        return get().map(Account::canPost).orElse(false);
    }

    private static Optional<Long> parseId(String name) {
        try {
            return Optional.of(Long.parseLong(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

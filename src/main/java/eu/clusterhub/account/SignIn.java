package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a sign-in attempt. Five failures for an account within 15 minutes lock it for 15
 * minutes, whatever password comes next. Failures are logged by account id, never with
 * the password.
 */
@ApplicationScoped
public class SignIn {

    public enum Outcome { SUCCESS, INVALID, LOCKED, SUSPENDED }

    /** The outcome, the account when known, and until when it is locked. */
    public record Result(Outcome outcome, Account account, LocalDateTime lockedUntil) {
    }

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Transactional
    public Result attempt(String email, String password) {
        String normalised = AccountRules.normaliseEmail(email);
        Optional<Account> found = normalised == null || normalised.isEmpty() ? Optional.empty()
                : accounts.byEmail(normalised).flatMap(a -> accounts.byIdForUpdate(a.getId()));
        if (found.isEmpty() || found.get().getStatus() == AccountStatus.DELETED) {
            passwords.matches(password, null);
            EventLog.warning(LOG, "auth.failed", "account=unknown");
            return new Result(Outcome.INVALID, null, null);
        }
        Account account = found.get();
        LocalDateTime now = Clock.now();
        if (account.isLockedAt(now)) {
            EventLog.warning(LOG, "auth.refused", "account=" + account.getId() + " reason=locked");
            return new Result(Outcome.LOCKED, account, account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            boolean locked = account.isLockedAt(now);
            EventLog.warning(LOG, "auth.failed", "account=" + account.getId() + (locked ? " locked=true" : ""));
            return locked ? new Result(Outcome.LOCKED, account, account.getLockedUntil()) : new Result(Outcome.INVALID, account, null);
        }
        if (account.getStatus() == AccountStatus.SUSPENDED) {
            EventLog.warning(LOG, "auth.refused", "account=" + account.getId() + " reason=suspended");
            return new Result(Outcome.SUSPENDED, account, null);
        }
        account.recordSuccessfulLogin();
        EventLog.info(LOG, "auth.success", "account=" + account.getId());
        return new Result(Outcome.SUCCESS, account, null);
    }
}

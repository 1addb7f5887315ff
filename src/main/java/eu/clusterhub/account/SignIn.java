package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a sign-in attempt. Five failures for an address within 15 minutes lock it for 15
 * minutes, whatever password comes next, whether or not an account has that address (so
 * the answers do not tell who has an account). Failures also count against the client
 * address (limit {@value #PER_ADDRESS}), which stops password spraying across accounts.
 * Failures are logged by account id, never with the password. A successful sign-in
 * re-hashes a password stored with fewer iterations than configured.
 */
@ApplicationScoped
public class SignIn {

    static final String PER_ADDRESS = "signin-failures-per-address";

    public enum Outcome { SUCCESS, INVALID, LOCKED, SUSPENDED, THROTTLED }

    /** The outcome, the account when known, and until when it is locked or throttled. */
    public record Result(Outcome outcome, Account account, LocalDateTime lockedUntil) {
    }

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private UnknownEmails unknownEmails;

    @Inject
    private RateLimiter limiter;

    @Inject
    private ClientAddress clientAddress;

    @Transactional
    public Result attempt(String email, String password) {
        String address = clientAddress.current();
        LocalDateTime now = Clock.now();
        try {
            limiter.check(PER_ADDRESS, address);
        } catch (TooManyAttempts e) {
            EventLog.warning(LOG, "auth.refused", "account=unchecked reason=address-limit");
            return new Result(Outcome.THROTTLED, null, now.plusSeconds(e.retryAfterSeconds()));
        }
        String normalised = AccountRules.normaliseEmail(email);
        Optional<Account> found = normalised == null || normalised.isEmpty() ? Optional.empty()
                : accounts.byEmail(normalised).flatMap(a -> accounts.byIdForUpdate(a.getId()));
        if (found.isEmpty() || found.get().getStatus() == AccountStatus.DELETED) {
            return unknown(normalised, password, address, now);
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            EventLog.warning(LOG, "auth.refused", "account=" + account.getId() + " reason=locked");
            return new Result(Outcome.LOCKED, account, account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            limiter.record(PER_ADDRESS, address);
            account.recordFailedLogin(now);
            boolean locked = account.isLockedAt(now);
            EventLog.warning(LOG, "auth.failed", "account=" + account.getId() + (locked ? " locked=true" : ""));
            return locked ? new Result(Outcome.LOCKED, account, account.getLockedUntil()) : new Result(Outcome.INVALID, account, null);
        }
        if (account.getStatus() == AccountStatus.SUSPENDED || account.isSuspendedForAPeriod()) {
            EventLog.warning(LOG, "auth.refused", "account=" + account.getId() + " reason=suspended");
            return new Result(Outcome.SUSPENDED, account, null);
        }
        account.recordSuccessfulLogin();
        if (passwords.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(passwords.hash(password));
            EventLog.info(LOG, "auth.rehashed", "account=" + account.getId());
        }
        EventLog.info(LOG, "auth.success", "account=" + account.getId());
        return new Result(Outcome.SUCCESS, account, null);
    }

    /** Checks the password of the signed-in account again (before changing credentials), counted like a sign-in. */
    @Transactional(dontRollbackOn = TooManyAttempts.class)
    public boolean confirmPassword(Account account, String password) {
        LocalDateTime now = Clock.now();
        String address = clientAddress.current();
        limiter.check(PER_ADDRESS, address);
        if (account.isLockedAt(now)) {
            throw lockedOut(account.getLockedUntil(), now);
        }
        if (passwords.matches(password, account.getPasswordHash())) {
            return true;
        }
        limiter.record(PER_ADDRESS, address);
        account.recordFailedLogin(now);
        EventLog.warning(LOG, "auth.failed", "account=" + account.getId() + " check=current-password"
                + (account.isLockedAt(now) ? " locked=true" : ""));
        if (account.isLockedAt(now)) {
            throw lockedOut(account.getLockedUntil(), now);
        }
        return false;
    }

    static TooManyAttempts lockedOut(LocalDateTime until, LocalDateTime now) {
        long seconds = Math.max(1, java.time.Duration.between(now, until).getSeconds());
        return new TooManyAttempts("Too many failed sign-ins",
                "Too many failed sign-ins for this account; try again in " + RateLimiter.describe(seconds), seconds);
    }

    /** Answers exactly as for an account: the same checks, the same lock-out, the same hashing time. */
    private Result unknown(String normalised, String password, String address, LocalDateTime now) {
        Account standIn = unknownEmails.standIn(normalised == null ? "" : normalised);
        synchronized (standIn) {
            if (standIn.isLockedAt(now)) {
                EventLog.warning(LOG, "auth.refused", "account=unknown reason=locked");
                return new Result(Outcome.LOCKED, null, standIn.getLockedUntil());
            }
            passwords.matches(password, null);
            limiter.record(PER_ADDRESS, address);
            standIn.recordFailedLogin(now);
            EventLog.warning(LOG, "auth.failed", "account=unknown");
            return standIn.isLockedAt(now) ? new Result(Outcome.LOCKED, null, standIn.getLockedUntil())
                    : new Result(Outcome.INVALID, null, null);
        }
    }
}

package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Changing and resetting passwords, and changing the email address (confirmed by mail).
 * A wrong current password counts as a failed sign-in (and is committed as such, hence no
 * rollback on the refusal); a new password ends every session and revokes every API token.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {ValidationFailed.class, TooManyAttempts.class})
public class Credentials {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(48);
    /** Rate limit (platform/RateLimiter): reset requests from one client address. */
    static final String RESETS_PER_ADDRESS = "reset-requests-per-address";
    private static final Logger LOG = Logger.getLogger(Credentials.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private AccountMails mails;

    @Inject
    private AccessRevocation access;

    @Inject
    private SignIn signIn;

    @Inject
    private RateLimiter limiter;

    @Inject
    private ClientAddress clientAddress;

    /**
     * Mails a reset link if an active account has this address. The caller learns nothing
     * either way, so the form cannot be used to find out who has an account.
     */
    public void requestReset(String email) {
        limiter.acquire(RESETS_PER_ADDRESS, clientAddress.current());
        String normalised = AccountRules.normaliseEmail(email);
        if (normalised == null || AccountRules.emailError(normalised).isPresent()) {
            throw ValidationFailed.of("email", "Enter an email address like name@example.org");
        }
        accounts.byEmail(normalised).filter(a -> a.getStatus() == AccountStatus.ACTIVE).ifPresent(account -> {
            String token = SecretTokens.generate();
            accounts.add(new OneTimeToken(account.getId(), OneTimeToken.Purpose.RESET_PASSWORD, SecretTokens.hash(token),
                    Clock.now().plus(RESET_VALIDITY)));
            mails.send(account.getEmail(), "Reset your ClusterHub password",
                    "Hello " + account.getDisplayName() + ",\n\nto choose a new password, open:\n\n"
                            + mails.link("/password?token=" + token) + "\n\n"
                            + "The link works once, for one hour. If you did not ask for it, ignore this mail: "
                            + "your password stays as it is.\n");
            EventLog.info(LOG, "account.reset.requested", "account=" + account.getId());
        });
    }

    /** Sets a new password with a reset link; lifts a lock-out, so a locked-out holder always has a way back in. */
    public void reset(String token, String newPassword) {
        OneTimeToken stored = OneTimeTokens.usable(accounts, token, OneTimeToken.Purpose.RESET_PASSWORD);
        Account account = accounts.byIdForUpdate(stored.getAccountId()).orElseThrow(() -> new InvalidToken("This link is not valid"));
        setPassword(account, newPassword);
        account.recordSuccessfulLogin();
        stored.use();
        EventLog.info(LOG, "account.reset.done", "account=" + account.getId());
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.byIdForUpdate(accountId).orElseThrow();
        if (!signIn.confirmPassword(account, currentPassword)) {
            throw ValidationFailed.of("currentPassword", "This is not your current password");
        }
        setPassword(account, newPassword);
        EventLog.info(LOG, "account.password.changed", "account=" + accountId);
    }

    /** Mails a confirmation link to the new address; the address changes when it is followed. */
    public void requestEmailChange(long accountId, String newEmail, String currentPassword) {
        Account account = accounts.byIdForUpdate(accountId).orElseThrow();
        if (!signIn.confirmPassword(account, currentPassword)) {
            throw ValidationFailed.of("currentPassword", "This is not your current password");
        }
        String normalised = AccountRules.normaliseEmail(newEmail);
        AccountRules.emailError(normalised).ifPresent(m -> {
            throw ValidationFailed.of("newEmail", m);
        });
        if (accounts.byEmail(normalised).isPresent()) {
            throw ValidationFailed.of("newEmail", "Another account uses this address");
        }
        String token = SecretTokens.generate();
        OneTimeToken change = new OneTimeToken(accountId, OneTimeToken.Purpose.CHANGE_EMAIL, SecretTokens.hash(token),
                Clock.now().plus(EMAIL_CHANGE_VALIDITY));
        change.setNewEmail(normalised);
        accounts.add(change);
        mails.send(normalised, "Confirm your new ClusterHub address",
                "Hello " + account.getDisplayName() + ",\n\nto use this address for ClusterHub, open:\n\n"
                        + mails.link("/verify?token=" + token) + "\n\nThe link works once, for "
                        + EMAIL_CHANGE_VALIDITY.toHours() + " hours.\n");
        EventLog.info(LOG, "account.email.change.requested", "account=" + accountId);
    }

    private void setPassword(Account account, String newPassword) {
        AccountRules.passwordError(newPassword, account.getEmail()).ifPresent(m -> {
            throw ValidationFailed.of("newPassword", m);
        });
        account.changePasswordHash(passwords.hash(newPassword));
        access.revokeAll(account.getId());
    }
}

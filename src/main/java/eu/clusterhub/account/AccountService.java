package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/** Registration, email verification and what admins do to accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Mailer mailer;

    @Inject
    private SessionRegistry sessions;

    /** Creates an unverified member and mails the verification link. */
    public Account register(Registration registration, String siteUrl) {
        Account account = create(registration, Role.MEMBER);
        String token = SecretTokens.generate();
        accounts.add(new OneTimeToken(account.getId(), OneTimeToken.Purpose.VERIFY_EMAIL, SecretTokens.hash(token),
                Clock.now().plus(VERIFICATION_VALIDITY)));
        mailer.send(account.getEmail(), "Confirm your ClusterHub account",
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "please confirm your email address to start posting on ClusterHub:\n\n"
                        + siteUrl + "/verify?token=" + token + "\n\n"
                        + "The link works once, for " + VERIFICATION_VALIDITY.toHours() + " hours.\n"
                        + "If you did not register, ignore this mail.\n");
        EventLog.info(LOG, "account.registered", "account=" + account.getId());
        return account;
    }

    /** An admin creates an account that is verified from the start. */
    public Account createVerified(Registration registration, Role role) {
        Account account = create(registration, role);
        account.markEmailVerified();
        EventLog.info(LOG, "account.created", "account=" + account.getId() + " role=" + role);
        return account;
    }

    /** Follows a confirmation link: of a new account, or of a changed address. */
    public Account verifyEmail(String token) {
        OneTimeToken stored = OneTimeTokens.usable(accounts, token, OneTimeToken.Purpose.VERIFY_EMAIL, OneTimeToken.Purpose.CHANGE_EMAIL);
        stored.use();
        Account account = accounts.byIdForUpdate(stored.getAccountId())
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidToken("This link is not valid"));
        if (stored.getPurpose() == OneTimeToken.Purpose.CHANGE_EMAIL) {
            if (accounts.byEmail(stored.getNewEmail()).isPresent()) {
                throw new InvalidToken("Another account uses this address meanwhile");
            }
            account.changeEmail(stored.getNewEmail());
        } else if (!account.isEmailVerified()) {
            account.markEmailVerified();
        }
        EventLog.info(LOG, "account.verified", "account=" + account.getId());
        return account;
    }

    public Account changeRole(long accountId, Role role) {
        Account account = existing(accountId);
        account.changeRole(role);
        sessions.endAll(accountId); // the roles of a session are fixed at sign-in
        EventLog.info(LOG, "account.role", "account=" + accountId + " role=" + role);
        return account;
    }

    /** Suspends the account: it cannot sign in, its sessions end and its API tokens stop working. */
    public Account suspend(long accountId) {
        Account account = existing(accountId);
        account.suspend();
        sessions.endAll(accountId);
        EventLog.info(LOG, "account.suspended", "account=" + accountId);
        return account;
    }

    public Account reactivate(long accountId) {
        Account account = existing(accountId);
        account.reactivate();
        EventLog.info(LOG, "account.reactivated", "account=" + accountId);
        return account;
    }

    private Account create(Registration registration, Role role) {
        List<ValidationFailed.FieldError> errors = AccountRules.check(registration);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String email = AccountRules.normaliseEmail(registration.email());
        if (accounts.byEmail(email).isPresent()) {
            throw new EmailTaken();
        }
        Organisation organisation = new Organisation(registration.organisationName().strip(),
                AccountRules.kind(registration.organisationKind()), registration.country(),
                registration.sector() == null || registration.sector().isBlank() ? null : registration.sector().strip());
        accounts.add(organisation);
        Account account = new Account(email, registration.displayName().strip(), passwords.hash(registration.password()),
                role, organisation);
        accounts.add(account);
        return account;
    }

    private Account existing(long accountId) {
        return accounts.byIdForUpdate(accountId)
                .filter(a -> a.getStatus() != AccountStatus.DELETED)
                .orElseThrow(() -> new NotFound("No such account"));
    }
}

package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Registration, email verification and what admins do to accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    /** Rate limit (platform/RateLimiter): registrations from one client address. */
    static final String PER_ADDRESS = "registration-per-address";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private AccountMails mails;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private AccessRevocation access;

    @Inject
    private RateLimiter limiter;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Erasure erasure;

    @Inject
    private Event<StaffActionTaken> staffActions;

    /**
     * Creates an unverified member and mails the confirmation link; when the address has an
     * account already, mails its holder that someone tried instead. The caller gets the same
     * answer either way (empty here), so registration does not tell who has an account.
     */
    public Optional<Account> register(Registration registration) {
        limiter.acquire(PER_ADDRESS, clientAddress.current());
        check(registration);
        Optional<Account> holder = holderOf(AccountRules.normaliseEmail(registration.email()));
        if (holder.isPresent()) {
            passwords.hash(registration.password()); // takes as long as a registration
            mails.send(holder.get().getEmail(), "Someone tried to register with your address",
                    "Hello " + holder.get().getDisplayName() + ",\n\n"
                            + "someone tried to register a new ClusterHub account with this address, which has one already.\n"
                            + "If it was you: sign in at " + mails.link("/signin") + ", or choose a new password at "
                            + mails.link("/password") + ".\nIf it was not you, ignore this mail: nothing changed.\n");
            EventLog.info(LOG, "account.registration.taken", "account=" + holder.get().getId());
            return Optional.empty();
        }
        Account account = create(registration, Role.MEMBER);
        String token = SecretTokens.generate();
        accounts.add(new OneTimeToken(account.getId(), OneTimeToken.Purpose.VERIFY_EMAIL, SecretTokens.hash(token),
                Clock.now().plus(VERIFICATION_VALIDITY)));
        mails.send(account.getEmail(), "Confirm your ClusterHub account",
                "Hello " + account.getDisplayName() + ",\n\n"
                        + "please confirm your email address to start posting on ClusterHub:\n\n"
                        + mails.link("/verify?token=" + token) + "\n\n"
                        + "The link works once, for " + VERIFICATION_VALIDITY.toHours() + " hours.\n"
                        + "If you did not register, ignore this mail.\n");
        EventLog.info(LOG, "account.registered", "account=" + account.getId());
        return Optional.of(account);
    }

    /** An admin creates an account that is verified from the start (a staff action on the record). */
    public Account createVerified(Registration registration, Role role, Account admin) {
        Account account = createVerified(registration, role);
        staffActions.fire(StaffActionTaken.of(admin.getId(), AccountStaffActions.CREATE, "account", account.getId())
                .change(null, "role " + role + ", email verified"));
        return account;
    }

    /** An account verified from the start, made by the portal itself (first admin, demo data). */
    public Account createVerified(Registration registration, Role role) {
        check(registration);
        if (holderOf(AccountRules.normaliseEmail(registration.email())).isPresent()) {
            throw new EmailTaken();
        }
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

    public Account changeRole(long accountId, Role role, Account admin) {
        Account account = existing(accountId);
        Role before = account.getRole();
        account.changeRole(role);
        if (before != role) {
            staffActions.fire(StaffActionTaken.of(admin.getId(), AccountStaffActions.ROLE, "account", accountId)
                    .change("role " + before, "role " + role));
        }
        sessions.endAll(accountId); // the roles of a session are fixed at sign-in
        EventLog.info(LOG, "account.role", "account=" + accountId + " role=" + role);
        return account;
    }

    /** Suspends the account: it cannot sign in, its sessions end and its API tokens are revoked. */
    public Account suspend(long accountId, Account admin) {
        Account account = existing(accountId);
        AccountStatus before = account.getStatus();
        account.suspend();
        if (before != account.getStatus()) {
            staffActions.fire(StaffActionTaken.of(admin.getId(), AccountStaffActions.SUSPEND, "account", accountId)
                    .change("status " + before, "status " + account.getStatus()));
        }
        access.revokeAll(accountId);
        EventLog.info(LOG, "account.suspended", "account=" + accountId);
        return account;
    }

    public Account reactivate(long accountId, Account admin) {
        Account account = existing(accountId);
        AccountStatus before = account.getStatus();
        account.reactivate();
        if (before != account.getStatus()) {
            staffActions.fire(StaffActionTaken.of(admin.getId(), AccountStaffActions.REACTIVATE, "account", accountId)
                    .change("status " + before, "status " + account.getStatus()));
        }
        EventLog.info(LOG, "account.reactivated", "account=" + accountId);
        return account;
    }

    private static void check(Registration registration) {
        List<ValidationFailed.FieldError> errors = AccountRules.check(registration);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** The account holding the address; one left unconfirmed too long expires here, freeing it. */
    private Optional<Account> holderOf(String email) {
        Optional<Account> holder = accounts.byEmail(email);
        if (holder.isPresent() && holder.get().isUnconfirmedSince(UnconfirmedAccounts.cutoff())) {
            erasure.expireUnconfirmed(holder.get().getId());
            em.flush();
            return Optional.empty();
        }
        return holder;
    }

    /** A new account of a checked registration whose address is free. */
    private Account create(Registration registration, Role role) {
        String email = AccountRules.normaliseEmail(registration.email());
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

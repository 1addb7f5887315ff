package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Deleting an account (GDPR Art. 17): the personal data goes (email, name, password,
 * organisation, tokens); the row stays as "deleted user" so that what the account wrote
 * keeps an author and threads stay whole.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {ValidationFailed.class, TooManyAttempts.class}) // a failed password check is counted
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccessRevocation access;

    @Inject
    private SignIn signIn;

    @Inject
    private Event<AccountErased> erased;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    /** The account holder deletes the account, confirming with the password. */
    public void eraseOwn(long accountId, String password) {
        Account account = accounts.byIdForUpdate(accountId).orElseThrow();
        if (account.getRole() == Role.ADMIN && !accounts.anotherActiveAdmin(accountId)) {
            throw ValidationFailed.of("password", "You are the only admin: make someone else admin first");
        }
        if (!signIn.confirmPassword(account, password)) {
            throw ValidationFailed.of("password", "This is not your password");
        }
        erase(account);
    }

    /** An account never confirmed within {@link UnconfirmedAccounts#EXPIRY}: its data goes as on request. */
    void expireUnconfirmed(long accountId) {
        accounts.byIdForUpdate(accountId).filter(a -> a.isUnconfirmedSince(UnconfirmedAccounts.cutoff())).ifPresent(account -> {
            erase(account);
            EventLog.info(LOG, "account.expired", "account=" + accountId + " reason=unconfirmed");
        });
    }

    private void erase(Account account) {
        long accountId = account.getId();
        Organisation organisation = account.getOrganisation();
        String formerName = account.getDisplayName();
        account.erase();
        erased.fire(new AccountErased(accountId, formerName));
        access.revokeAll(accountId);
        accounts.deleteOneTimeTokens(accountId);
        em.flush();
        if (organisation != null && !accounts.organisationInUse(organisation.getId())) {
            em.remove(organisation);
        }
        EventLog.info(LOG, "account.erased", "account=" + accountId);
    }
}

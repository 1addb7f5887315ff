package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
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
@Transactional
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private SessionRegistry sessions;

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
        if (!passwords.matches(password, account.getPasswordHash())) {
            throw ValidationFailed.of("password", "This is not your password");
        }
        Organisation organisation = account.getOrganisation();
        String formerName = account.getDisplayName();
        account.erase();
        erased.fire(new AccountErased(accountId, formerName));
        accounts.revokeAllApiTokens(accountId);
        accounts.deleteOneTimeTokens(accountId);
        em.flush();
        if (organisation != null && !accounts.organisationInUse(organisation.getId())) {
            em.remove(organisation);
        }
        sessions.endAll(accountId);
        EventLog.info(LOG, "account.erased", "account=" + accountId);
    }
}

package eu.clusterhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Accounts, organisations and their tokens; hides JPA. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    Optional<Account> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Accounts by id with their organisations, in one query (authors of a page of posts). */
    public java.util.Map<Long, Account> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.organisation WHERE a.id IN :ids", Account.class)
                .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Account::getId, a -> a));
    }

    /**
     * What a page shows of these accounts, as versions: "account version, organisation id and
     * version" by account id, from one query of columns (no entities), for a page's tag.
     */
    public java.util.Map<Long, String> versions(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a.id, a.version, o.id, o.version FROM Account a LEFT JOIN a.organisation o"
                        + " WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> r[1] + ":" + r[2] + ":" + r[3]));
    }

    public Optional<Account> byEmail(String normalisedEmail) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }

    boolean adminExists() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.status = :status", Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("status", AccountStatus.ACTIVE)
                .getSingleResult() > 0;
    }

    boolean anotherActiveAdmin(long accountId) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.status = :status AND a.id <> :id", Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("status", AccountStatus.ACTIVE)
                .setParameter("id", accountId)
                .getSingleResult() > 0;
    }

    boolean organisationInUse(long organisationId) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.organisation.id = :id", Long.class)
                .setParameter("id", organisationId)
                .getSingleResult() > 0;
    }

    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Organisations with their member count, unverified first, then by name. */
    public List<Organisation> organisations(boolean onlyUnverified, int offset, int limit) {
        String where = onlyUnverified ? " WHERE o.verifiedAt IS NULL" : "";
        return em.createQuery("SELECT o FROM Organisation o" + where + " ORDER BY o.verifiedAt, o.name", Organisation.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    /** Accounts whose email, display name or organisation contains the text, newest first. */
    public List<Account> search(String text, int offset, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return em.createQuery("SELECT a FROM Account a LEFT JOIN a.organisation o WHERE a.status <> :deleted AND "
                        + "(LOWER(a.email) LIKE :q OR LOWER(a.displayName) LIKE :q OR LOWER(o.name) LIKE :q) ORDER BY a.id DESC",
                        Account.class)
                .setParameter("deleted", AccountStatus.DELETED)
                .setParameter("q", like)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    void add(Organisation organisation) {
        em.persist(organisation);
    }

    void add(Account account) {
        em.persist(account);
        em.flush();
    }

    void add(OneTimeToken token) {
        em.persist(token);
    }

    void add(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    Optional<OneTimeToken> oneTimeToken(String hash) {
        return em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    Optional<ApiToken> apiToken(String hash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> apiTokens(long accountId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :id ORDER BY t.id DESC", ApiToken.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    Optional<ApiToken> apiTokenById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    void revokeAllApiTokens(long accountId) {
        apiTokens(accountId).forEach(ApiToken::revoke);
    }

    void deleteOneTimeTokens(long accountId) {
        em.createQuery("DELETE FROM OneTimeToken t WHERE t.accountId = :id").setParameter("id", accountId).executeUpdate();
    }
}

package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Personal API tokens: issued once in clear, stored hashed, revocable. */
@ApplicationScoped
@Transactional
public class ApiTokens {

    static final int MAX_NAME = 80;
    static final int MAX_ACTIVE = 20;
    /** Rate limits (see platform/RateLimiter): tokens asked for from one client address, and issued to one account. */
    static final String PER_ADDRESS = "token-creation-per-address";
    static final String PER_ACCOUNT = "token-creation-per-account";
    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    /** A token just issued: the only moment its clear text exists. */
    public record Issued(ApiToken token, String secret) {
    }

    @Inject
    private AccountRepository accounts;

    @Inject
    private RateLimiter limiter;

    public Issued issue(long accountId, String name) {
        String label = name == null ? "" : name.strip();
        AccountRules.textError(label, 1, MAX_NAME).ifPresent(m -> {
            throw ValidationFailed.of("name", m);
        });
        if (accounts.apiTokens(accountId).stream().filter(t -> !t.isRevoked()).count() >= MAX_ACTIVE) {
            throw ValidationFailed.of("name", "You have " + MAX_ACTIVE + " active tokens; revoke one first");
        }
        limiter.acquire(PER_ACCOUNT, Long.toString(accountId));
        String secret = "chub_" + SecretTokens.generate();
        ApiToken token = new ApiToken(accountId, label, SecretTokens.hash(secret));
        accounts.add(token);
        EventLog.info(LOG, "token.issued", "account=" + accountId + " token=" + token.getId());
        return new Issued(token, secret);
    }

    /** The active account a bearer token belongs to, if the token is valid and not revoked. */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        return accounts.apiToken(SecretTokens.hash(secret))
                .filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    token.markUsed();
                    return accounts.byId(token.getAccountId());
                })
                .filter(Account::isActive);
    }

    public List<ApiToken> list(long accountId) {
        return accounts.apiTokens(accountId);
    }

    public void revoke(long accountId, long tokenId) {
        ApiToken token = accounts.apiTokenById(tokenId)
                .filter(t -> t.getAccountId() == accountId)
                .orElseThrow(() -> new NotFound("No such token"));
        token.revoke();
        EventLog.info(LOG, "token.revoked", "account=" + accountId + " token=" + tokenId);
    }

    /** Stops every token of the account at once (password changed or reset, account suspended or erased). */
    public void revokeAll(long accountId) {
        accounts.revokeAllApiTokens(accountId);
        EventLog.info(LOG, "token.revoked.all", "account=" + accountId);
    }
}

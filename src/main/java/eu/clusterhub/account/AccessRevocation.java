package eu.clusterhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes every way in away from an account at once: its web sessions end and its API tokens
 * stop. Whatever changes who may act as the account (a new password, a reset, suspension,
 * erasure) goes through here, so no earlier credential outlives the change.
 */
@ApplicationScoped
class AccessRevocation {

    @Inject
    private SessionRegistry sessions;

    @Inject
    private ApiTokens tokens;

    void revokeAll(long accountId) {
        tokens.revokeAll(accountId);
        sessions.endAll(accountId);
    }
}

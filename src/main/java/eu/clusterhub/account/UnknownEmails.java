package eu.clusterhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins for addresses that have no account, locked out exactly as an account
 * would be: otherwise the fifth wrong password would answer "locked" only for real
 * accounts and tell who has one. Each address gets a stand-in {@link Account} that is
 * never stored, so the arithmetic is the account's own. In memory, and bounded.
 */
@ApplicationScoped
class UnknownEmails {

    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Account> standIns = new ConcurrentHashMap<>();

    Account standIn(String normalisedEmail) {
        if (standIns.size() > MAX_TRACKED) {
            LocalDateTime now = Clock.now();
            standIns.values().removeIf(a -> !a.isLockedAt(now) && !a.hasRecentFailures(now));
        }
        return standIns.computeIfAbsent(normalisedEmail, email -> new Account(email, "", null, Role.MEMBER, null));
    }
}

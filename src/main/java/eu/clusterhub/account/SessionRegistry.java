package eu.clusterhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web sessions of each signed-in account, so that suspending an account ends them at
 * once. Held in memory: each node of a cluster ends the sessions it holds.
 */
@ApplicationScoped
public class SessionRegistry {

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    public void add(long accountId, HttpSession session) {
        sessions.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void remove(HttpSession session) {
        sessions.values().forEach(set -> set.remove(session));
    }

    public void endAll(long accountId) {
        Set<HttpSession> ended = sessions.remove(accountId);
        if (ended != null) {
            for (HttpSession session : ended) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile
                }
            }
        }
    }
}

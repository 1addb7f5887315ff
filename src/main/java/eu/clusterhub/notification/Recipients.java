package eu.clusterhub.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets a notification of an event, and of which kind: the rules of the fan-out, without
 * the database. Candidates are the people the event addresses (the author of the post replied
 * to, the members mentioned) and the watchers it reaches; of them, never the actor, never an
 * account that is not active (suspended or erased), never a member who muted the event's
 * thread. Everyone left gets one notification, of the first kind in
 * {@link NotificationKind}'s order that applies to them.
 */
public final class Recipients {

    /** One way an account is concerned by an event. */
    public record Candidate(long accountId, NotificationKind kind) {
    }

    private Recipients() {
    }

    /**
     * @param candidates   everyone concerned, in any order, repeats allowed
     * @param actorId      who caused the event (null for the system)
     * @param active       the candidates whose accounts are active
     * @param mutedThread  the candidates who muted the event's thread
     */
    public static List<Candidate> choose(List<Candidate> candidates, Long actorId, Set<Long> active, Set<Long> mutedThread) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::kind)); // stable: the enum's order is the priority
        Map<Long, Candidate> chosen = new LinkedHashMap<>();
        for (Candidate c : ordered) {
            if ((actorId != null && c.accountId() == actorId) || !active.contains(c.accountId())
                    || mutedThread.contains(c.accountId())) {
                continue;
            }
            chosen.putIfAbsent(c.accountId(), c);
        }
        return List.copyOf(chosen.values());
    }
}

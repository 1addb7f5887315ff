package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * What moderators do in matchmaking, as the audit log records it: close someone else's offer
 * or need, and read a private conversation they are not part of (each read is also shown to
 * its members). Owners closing their own listings are not staff actions.
 */
@ApplicationScoped
public class MatchmakingStaffActions implements StaffActions {

    static final String OFFER_CLOSE = "offer.close";
    static final String NEED_CLOSE = "need.close";
    static final String CONVERSATION_READ = "conversation.read";

    @Override
    public Set<String> names() {
        return Set.of(OFFER_CLOSE, NEED_CLOSE, CONVERSATION_READ);
    }
}

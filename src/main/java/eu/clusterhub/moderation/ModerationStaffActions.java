package eu.clusterhub.moderation;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The staff actions of the review queue (see {@link ReviewActions}): the decisions on an
 * item (target: the thread, post, offer, need or message) and the measures on its author
 * (target: the account). {@code account.suspend-for} is a moderator's suspension for a
 * period, distinct from an admin's open-ended {@code account.suspend}.
 */
@ApplicationScoped
public class ModerationStaffActions implements StaffActions {

    @Override
    public Set<String> names() {
        return Set.of("flag.keep", "item.hide", "item.approve", "item.edit", "item.delete",
                "account.warn", "account.silence", "account.suspend-for");
    }
}

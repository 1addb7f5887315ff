package eu.clusterhub.forum;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The staff actions of {@link ThreadTools}. Closing and reopening are locking and unlocking
 * ({@link ThreadModeration}), announced there under their own names.
 */
@ApplicationScoped
public class ThreadToolActions implements StaffActions {

    @Override
    public Set<String> names() {
        return Set.of("thread.rename", "thread.merge", "thread.split");
    }
}

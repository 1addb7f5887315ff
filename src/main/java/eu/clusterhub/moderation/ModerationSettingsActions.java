package eu.clusterhub.moderation;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The staff action of the moderation settings: an admin changes what is held for approval. */
@ApplicationScoped
public class ModerationSettingsActions implements StaffActions {

    /** {@code setting.change}: target type "setting", target id the setting's name, before and after its values. */
    static final String CHANGE = "setting.change";

    @Override
    public Set<String> names() {
        return Set.of(CHANGE);
    }
}

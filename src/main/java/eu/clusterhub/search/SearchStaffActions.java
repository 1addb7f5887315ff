package eu.clusterhub.search;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** What admins do to search, as the audit log records it: start a rebuild of the index (not the one at start-up). */
@ApplicationScoped
public class SearchStaffActions implements StaffActions {

    static final String REBUILD = "search.rebuild";

    @Override
    public Set<String> names() {
        return Set.of(REBUILD);
    }
}

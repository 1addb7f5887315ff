package eu.clusterhub.moderation;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/** Every staff action the features declare ({@link StaffActions} beans), sorted: the audit log's action filter. */
@ApplicationScoped
public class StaffActionCatalogue {

    @Inject
    @Any
    private Instance<StaffActions> features;

    private volatile List<String> names;

    public List<String> names() {
        if (names == null) {
            TreeSet<String> all = new TreeSet<>();
            features.forEach(f -> all.addAll(f.names()));
            names = List.copyOf(all);
        }
        return names;
    }

    public boolean knows(String action) {
        return names().contains(action);
    }
}

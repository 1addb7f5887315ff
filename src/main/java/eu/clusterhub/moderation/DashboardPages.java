package eu.clusterhub.moderation;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The moderator dashboard and the admins' moderation settings, at their clean URLs. */
public class DashboardPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/moderation/dashboard").list("/views/moderation/dashboard.xhtml").requires(Access.MODERATOR),
                Section.at("/admin/moderation").list("/views/moderation/settings.xhtml").withForms().requires(Access.ADMIN));
    }
}

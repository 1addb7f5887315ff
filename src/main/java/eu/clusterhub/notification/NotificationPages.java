package eu.clusterhub.notification;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The notifications page, for signed-in members. */
public class NotificationPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at("/notifications").list("/views/notification/notifications.xhtml").withForms().requires(Access.MEMBER));
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The notifications page and the mail settings, for signed-in members; the unsubscribe page from mails, for anyone with its link. */
public class NotificationPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at("/notifications").list("/views/notification/notifications.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/notification-settings").list("/views/notification/notification-settings.xhtml").withForms()
                        .requires(Access.MEMBER),
                Section.at("/watch").list("/views/notification/watch.xhtml").withForms().requires(Access.MEMBER)
                        .hiddenFromCrawlers(),
                Section.at("/unsubscribe").list("/views/notification/unsubscribe.xhtml").withForms().hiddenFromCrawlers());
    }
}

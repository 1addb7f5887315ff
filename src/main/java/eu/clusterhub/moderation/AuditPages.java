package eu.clusterhub.moderation;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The audit log's page: moderators and admins read what staff did (a GET form filters it; nothing is posted). */
public class AuditPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at("/moderation/audit").list("/views/moderation/audit.xhtml").requires(Access.MODERATOR));
    }
}

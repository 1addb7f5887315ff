package eu.clusterhub.moderation;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The review queue for moderators, and the page where a member flags an item. */
public class ModerationPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/moderation").list("/views/moderation/queue.xhtml").withForms().requires(Access.MODERATOR)
                        .hiddenFromCrawlers(),
                Section.at("/flag").list("/views/moderation/flag.xhtml").withForms().requires(Access.MEMBER).hiddenFromCrawlers());
    }
}

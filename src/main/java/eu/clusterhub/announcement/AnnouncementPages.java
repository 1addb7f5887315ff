package eu.clusterhub.announcement;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The announcements' pages at their clean URLs: reading, the editor, and the revision history for moderators. */
public class AnnouncementPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/announcements").list("/views/announcement/announcements.xhtml").item("/views/announcement/announcement.xhtml"),
                // one view for a new announcement (the root) and for editing one (/announcement-editor/{id})
                Section.at("/announcement-editor").list("/views/announcement/editor.xhtml").item("/views/announcement/editor.xhtml")
                        .withForms().requires(Access.MEMBER),
                Section.at("/moderation/announcement-history").item("/views/announcement/history.xhtml").requires(Access.MODERATOR));
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/**
 * The private side of matchmaking, for members only: the inbox, a conversation, the contact
 * request form reached from a match (/contact?need={id}&amp;offer={id}) and a need's pledges
 * with its coverage (/pledges/{needId}).
 */
public class ConversationPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/inbox").list("/views/matchmaking/inbox.xhtml").requires(Access.MEMBER).hiddenFromCrawlers(),
                Section.at("/conversations").item("/views/matchmaking/conversation.xhtml").withForms()
                        .requires(Access.MEMBER).hiddenFromCrawlers(),
                Section.at("/contact").list("/views/matchmaking/contact.xhtml").withForms().requires(Access.MEMBER)
                        .hiddenFromCrawlers(),
                Section.at("/pledges").item("/views/matchmaking/pledges.xhtml").withForms().requires(Access.MEMBER)
                        .hiddenFromCrawlers());
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/**
 * The pages of matchmaking at their clean URLs: the overview for authorities, the lists of
 * offers and needs and each one with its matches, the forms that publish and edit them,
 * the private side (contact requests, inbox, conversations, pledges) and the "still valid"
 * link of the expiry reminders.
 */
public class MatchmakingPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/matchmaking").list("/views/matchmaking/overview.xhtml").crawledWithoutQuery(),
                Section.at("/offers").list("/views/matchmaking/offers.xhtml").item("/views/matchmaking/offer.xhtml"),
                Section.at("/needs").list("/views/matchmaking/needs.xhtml").item("/views/matchmaking/need.xhtml"),
                Section.at("/new-offer").list("/views/matchmaking/offer-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/edit-offer").item("/views/matchmaking/offer-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/new-need").list("/views/matchmaking/need-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/edit-need").item("/views/matchmaking/need-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/inbox").list("/views/matchmaking/inbox.xhtml").requires(Access.MEMBER).hiddenFromCrawlers(),
                Section.at("/conversations").item("/views/matchmaking/conversation.xhtml").withForms()
                        .requires(Access.MEMBER).hiddenFromCrawlers(),
                Section.at("/contact").list("/views/matchmaking/contact.xhtml").withForms().requires(Access.MEMBER)
                        .hiddenFromCrawlers(),
                Section.at("/pledges").item("/views/matchmaking/pledges.xhtml").withForms().requires(Access.MEMBER)
                        .hiddenFromCrawlers(),
                Section.at(StillValid.PATH).list("/views/matchmaking/still-valid.xhtml").withForms().hiddenFromCrawlers());
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The marketplace's pages: lists of offers and needs, each one with its matches, and the forms that publish and edit them. */
public class ListingPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/offers").list("/views/matchmaking/offers.xhtml").item("/views/matchmaking/offer.xhtml"),
                Section.at("/needs").list("/views/matchmaking/needs.xhtml").item("/views/matchmaking/need.xhtml"),
                Section.at("/new-offer").list("/views/matchmaking/offer-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/edit-offer").item("/views/matchmaking/offer-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/new-need").list("/views/matchmaking/need-form.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/edit-need").item("/views/matchmaking/need-form.xhtml").withForms().requires(Access.MEMBER));
    }
}

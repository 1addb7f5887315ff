package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The page behind the "still valid" link of a reminder mail: a one-time link, nothing for search engines. */
public class StillValidPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at(StillValid.PATH).list("/views/matchmaking/still-valid.xhtml").withForms().hiddenFromCrawlers());
    }
}

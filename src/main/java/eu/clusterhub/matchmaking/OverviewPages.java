package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The overview for authorities at /matchmaking: open for anyone; its filters live in the query string. */
public class OverviewPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at("/matchmaking").list("/views/matchmaking/overview.xhtml").crawledWithoutQuery());
    }
}

package eu.clusterhub.content;

import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The static pages of content/pages (about, terms, privacy) at /pages/{slug}. */
public class ContentPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(Section.at("/pages").item("/views/content/page.xhtml"));
    }
}

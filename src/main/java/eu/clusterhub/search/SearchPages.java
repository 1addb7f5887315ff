package eu.clusterhub.search;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The search page, and the index's administration page. */
public class SearchPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                // results (?q=...) are endless copies of what the sitemap lists once
                Section.at("/search").list("/views/search/search.xhtml").crawledWithoutQuery(),
                Section.at("/admin/search").list("/views/search/admin-search.xhtml").withForms().requires(Access.ADMIN));
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The forum's pages at their clean URLs: boards, threads, writing and editing posts, board administration. */
public class ForumPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                Section.at("/boards").list("/views/forum/boards.xhtml").item("/views/forum/board.xhtml"),
                Section.at("/threads").item("/views/forum/thread.xhtml"),
                Section.at("/post-history").item("/views/forum/post-history.xhtml"),
                Section.at("/new-thread").item("/views/forum/new-thread.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/edit-post").item("/views/forum/edit-post.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/admin/boards").list("/views/forum/admin-boards.xhtml").item("/views/forum/admin-board.xhtml")
                        .withForms().requires(Access.ADMIN));
    }
}

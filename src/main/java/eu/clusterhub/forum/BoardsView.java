package eu.clusterhub.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The board list on the home page and on /boards. */
@Named
@RequestScoped
public class BoardsView {

    @Inject
    private BoardRepository boards;

    private List<Board> listed;

    public List<Board> getBoards() {
        if (listed == null) {
            listed = boards.listed();
        }
        return listed;
    }

    /** What a page's copy of the list depends on: each board, as it is now ({@link eu.clusterhub.platform.web.Revalidate}). */
    public String getVersion() {
        StringBuilder version = new StringBuilder("boards");
        getBoards().forEach(b -> version.append(' ').append(b.getId()).append(':').append(b.getVersion()));
        return version.toString();
    }
}

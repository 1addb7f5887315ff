package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** /admin/boards: the boards in their order with counts; admins add, move and archive them. */
@Named
@RequestScoped
public class AdminBoardsView {

    private static final Map<String, String> INPUTS = Map.of("slug", "add:slug", "name", "add:name",
            "description", "add:description");

    @Inject
    private CurrentAccount me;

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumRepository forum;

    @Inject
    private BoardAdministration administration;

    private List<Board> listed;
    private Map<Long, ForumRepository.BoardStats> stats;
    private String slug;
    private String name;
    private String description;

    public List<Board> getBoards() {
        me.require(Role.ADMIN);
        if (listed == null) {
            listed = boards.listed();
        }
        return listed;
    }

    public long threads(Board board) {
        if (stats == null) {
            stats = forum.boardStats();
        }
        ForumRepository.BoardStats s = stats.get(board.getId());
        return s == null ? 0 : s.threads();
    }

    public void add() {
        try {
            Board board = administration.add(slug, name, description, me.require());
            slug = name = description = null;
            listed = null;
            FacesMessages.info("The board \"" + board.getName() + "\" is open at /boards/" + board.getSlug() + ".");
        } catch (ValidationFailed e) {
            FacesMessages.fieldErrors(e, INPUTS);
            FacesMessages.error("No board was added: please correct the marked fields.");
        } catch (Refusal e) {
            FacesMessages.refused(e);
        }
    }

    public void move(String boardSlug, int step) {
        act(() -> administration.move(boardSlug, step, me.require()), null);
    }

    public void archive(String boardSlug, boolean archived) {
        act(() -> administration.archive(boardSlug, archived, me.require()),
                archived ? "The board is archived: it can be read but takes no new posts." : "The board is open again.");
    }

    private void act(Runnable action, String done) {
        if (FacesMessages.attempt(action)) {
            listed = null;
            if (done != null) {
                FacesMessages.info(done);
            }
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}

package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * /admin/boards/{slug}: an admin renames a board or rewrites its description. The form
 * carries the version it was opened at, so a change made elsewhere meanwhile is not lost.
 */
@Named
@RequestScoped
public class AdminBoardView {

    @Inject
    private CurrentAccount me;

    @Inject
    private BoardRepository boards;

    @Inject
    private BoardAdministration administration;

    private Board board;
    private String name;
    private String description;
    private long version;

    public void load() {
        me.require(Role.ADMIN);
        if (getBoard() == null) {
            HttpErrors.send(404, "No such board");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            name = board.getName();
            description = board.getDescription();
            version = board.getVersion();
        }
    }

    public Board getBoard() {
        if (board == null) {
            board = PathParameter.current().flatMap(boards::bySlug).orElse(null);
        }
        return board;
    }

    public void save() {
        if (FacesMessages.attempt(Map.of("name", "board:name", "description", "board:description"),
                () -> administration.rename(getBoard().getSlug(), name, description, version, me.require()))) {
            HttpErrors.redirect("/admin/boards");
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}

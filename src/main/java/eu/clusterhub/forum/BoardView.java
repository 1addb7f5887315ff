package eu.clusterhub.forum;

import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One board's page, /boards/{slug}. An unknown slug is a 404, not an empty page. */
@Named
@RequestScoped
public class BoardView {

    @Inject
    private BoardRepository boards;

    private Board board;

    /** View action: loads the board or answers 404. */
    public void load() throws IOException {
        board = PathParameter.current().flatMap(boards::bySlug).orElse(null);
        if (board == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such board");
            faces.responseComplete();
        }
    }

    public Board getBoard() {
        return board;
    }
}

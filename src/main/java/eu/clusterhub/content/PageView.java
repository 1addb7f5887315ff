package eu.clusterhub.content;

import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** A static page, /pages/{slug}. */
@Named
@RequestScoped
public class PageView {

    @Inject
    private PageRepository pages;

    private Page page;

    public void load() throws IOException {
        page = PathParameter.current().flatMap(pages::bySlug).orElse(null);
        if (page == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such page");
            faces.responseComplete();
        }
    }

    public Page getPage() {
        return page;
    }
}

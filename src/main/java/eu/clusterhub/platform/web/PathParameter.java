package eu.clusterhub.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/** The trailing path segment of a clean URL such as /boards/{slug}; see {@link CleanUrlServlet}. */
public final class PathParameter {

    static final String ATTRIBUTE = "eu.clusterhub.pathParameter";

    private PathParameter() {
    }

    public static Optional<String> current() {
        Object value = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ATTRIBUTE);
        return Optional.ofNullable((String) value);
    }
}

package eu.clusterhub.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/** Makes forms post back to a view's clean URL rather than to /views/.../x.xhtml. */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return CleanUrls.urlOf(viewId, PathParameter.current())
                .map(url -> context.getExternalContext().getRequestContextPath() + url)
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}

package eu.clusterhub.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes forms post back to a view's clean URL rather than to /views/.../x.xhtml, and keeps
 * reading anonymous: a view without forms, shown to a visitor who is not signed in, is
 * transient, so no view state and no HTTP session are made for it (PrimeFaces' CSP mode
 * would otherwise keep its nonce in a session-backed view map for every page view).
 * A view that gets a form must say so in its section's declaration ({@link Section#withForms()}):
 * in a transient view the view state is "stateless" and no longer serves as the CSRF token.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        boolean signedIn = context.getExternalContext().getUserPrincipal() != null;
        if (root != null && !signedIn && !CleanUrls.of(context).hasForms(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return CleanUrls.of(context).urlOf(viewId, PathParameter.current())
                .map(url -> context.getExternalContext().getRequestContextPath() + url)
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}

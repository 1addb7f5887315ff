package eu.clusterhub.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Makes forms post back to a view's clean URL rather than to /views/.../x.xhtml, and keeps
 * reading anonymous: a view without forms, shown to a visitor who is not signed in, is
 * transient, so no view state and no HTTP session are made for it (PrimeFaces' CSP mode
 * would otherwise keep its nonce in a session-backed view map for every page view).
 * A view that gets a form must be listed in {@link #VIEWS_WITH_FORMS}: in a transient view
 * the view state is "stateless" and no longer serves as the CSRF token.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    static final Set<String> VIEWS_WITH_FORMS = Set.of(
            "/views/account/signin.xhtml",
            "/views/account/register.xhtml",
            "/views/account/password.xhtml",
            "/views/account/profile.xhtml",
            "/views/account/admin-accounts.xhtml",
            "/views/account/organisations.xhtml",
            "/views/announcement/editor.xhtml",
            "/views/forum/new-thread.xhtml",
            "/views/forum/edit-post.xhtml",
            "/views/forum/admin-boards.xhtml",
            "/views/forum/admin-board.xhtml",
            "/views/search/admin-search.xhtml");

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        boolean signedIn = context.getExternalContext().getUserPrincipal() != null;
        if (root != null && !signedIn && !VIEWS_WITH_FORMS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return CleanUrls.urlOf(viewId, PathParameter.current())
                .map(url -> context.getExternalContext().getRequestContextPath() + url)
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}

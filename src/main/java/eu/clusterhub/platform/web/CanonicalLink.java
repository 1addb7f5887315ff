package eu.clusterhub.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The {@code <link rel="canonical">} of a page: the one address search engines should
 * index for what it shows, however it was reached (filters, paging, ?unread, tracking
 * parameters, a forged Host header). It is the configured base URL ({@link SiteUrl}) and
 * the view's clean URL, plus the query a view passes as {@code canonicalQuery} (e.g.
 * {@code page=2}: a later page of a list shows other items, so it is its own address).
 * Error pages and views without a clean URL get none.
 */
@Named("canonicalLink")
@RequestScoped
public class CanonicalLink {

    private static final String HOME_VIEW = "/index.xhtml";

    @Inject
    private SiteUrl siteUrl;

    /** @param query without "?", e.g. {@code page=2}; null or empty for the bare address */
    public String href(String query) {
        return path().map(path -> siteUrl.base() + path + (query == null || query.isEmpty() ? "" : "?" + query))
                .orElse(null);
    }

    /** Whether the current view has a clean URL to point at. */
    public boolean isAvailable() {
        return path().isPresent();
    }

    private Optional<String> path() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getViewRoot() == null) {
            return Optional.empty();
        }
        String viewId = faces.getViewRoot().getViewId();
        if (HOME_VIEW.equals(viewId)) {
            return Optional.of("/");
        }
        return CleanUrls.of(faces).urlOf(viewId, PathParameter.current()).map(CanonicalLink::encoded);
    }

    /** The path parameter is decoded text as typed: it goes back into the URL percent-encoded. */
    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}

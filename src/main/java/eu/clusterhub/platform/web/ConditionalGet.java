package eu.clusterhub.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers "304 Not Modified" to an anonymous visitor who has the page already. A view calls
 * it from its view action, once it knows what the page shows ({@link PageVersion}) and
 * before anything is rendered: a match then costs the few queries that built the tag, and
 * no rendering and no bytes. Signed-in pages are personal (buttons, unread marks, view
 * state) and are never tagged; {@link PageCacheHeaders} keeps them private.
 */
public final class ConditionalGet {

    /** Stored by browsers and shared caches, but asked again every time. */
    static final String REVALIDATE = "public, no-cache";

    private ConditionalGet() {
    }

    /** True when the visitor's copy is current: the response is then a complete 304. */
    public static boolean notModified(PageVersion version) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (faces.isPostback() || request.getUserPrincipal() != null
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        // the address too: ?page=2 and ?post=17 are other pages of the same thread
        String tag = version.add(request.getRequestURI()).add(request.getQueryString()).entityTag();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", REVALIDATE);
        if (matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            faces.responseComplete();
            return true;
        }
        return false;
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): W/ on either side does not matter. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

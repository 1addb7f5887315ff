package eu.clusterhub.platform.web;

import eu.clusterhub.platform.Hashes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Answers an anonymous visitor without rendering when the page has not changed: "304 Not
 * Modified" to one who has it already, and the page as rendered for an earlier reader of the
 * same version to the others ({@link RenderedPages}). A view calls it from its view action,
 * once it knows what the page shows ({@link PageVersion}) and before anything is rendered:
 * the page then costs the few queries that built the tag. Signed-in pages are personal
 * (buttons, unread marks, view state) and are never tagged; {@link PageCacheHeaders} keeps
 * them private.
 */
public final class ConditionalGet {

    /** Stored by browsers and shared caches, but asked again every time. */
    static final String REVALIDATE = "public, no-cache";

    private ConditionalGet() {
    }

    /** True when the response is complete: a 304, or the page as rendered before. */
    public static boolean answer(PageVersion version) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a page with messages (e.g. kept for a redirect) is this visitor's alone
        if (faces.isPostback() || request.getUserPrincipal() != null || !faces.getMessageList().isEmpty()
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        // the address too: ?page=2 and ?post=17 are other pages of the same thread
        // and the page's language: the same page in another language is another page
        String tag = version.add(request.getRequestURI()).add(request.getQueryString())
                .add(faces.getViewRoot().getLocale()).entityTag();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", REVALIDATE);
        if (matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            faces.responseComplete();
            return true;
        }
        Optional<RenderedPages.Page> rendered = CDI.current().select(RenderedPages.class).get().get(tag);
        if (rendered.isPresent()) {
            replay(rendered.get(), response);
            faces.responseComplete();
            return true;
        }
        request.setAttribute(RenderedPages.KEY, tag);   // RenderedPageCapture keeps what is rendered now
        return false;
    }

    private static void replay(RenderedPages.Page page, HttpServletResponse response) {
        response.setContentType(page.contentType());
        page.scriptPolicies().forEach(policy -> response.addHeader("Content-Security-Policy", policy));
        try {
            response.getOutputStream().write(page.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // the reader went away
        }
    }

    /**
     * Sends a body that is the same for every reader (a feed, a sitemap) with a strong tag of
     * its bytes and how long any cache may keep it: a client that has those bytes gets 304
     * and nothing else, which is most of a feed reader's or a crawler's traffic.
     */
    public static void sendShared(byte[] body, String contentType, int maxAgeSeconds, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        String tag = "\"" + Hashes.sha256(body) + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        if (matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.getOutputStream().write(body);
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

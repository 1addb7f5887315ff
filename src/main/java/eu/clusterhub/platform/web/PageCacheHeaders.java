package eu.clusterhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching headers of every response but Faces resources (see {@link StaticAssetCacheFilter}).
 * Pages and API answers are private unless a view says otherwise: a signed-in page holds
 * the member's name, buttons and view state, and must never come out of a shared cache.
 * Anonymous pages that know what they show tag it and become revalidatable by anyone
 * ({@link ConditionalGet}). Every response varies with the encoding (compression) and pages
 * with the cookie (signed in or not).
 */
@WebFilter(urlPatterns = "/*")
public class PageCacheHeaders extends HttpFilter {

    static final String PRIVATE = "private, no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", PRIVATE);
            response.setHeader("Vary", path.startsWith("/api/") ? "Accept-Encoding" : "Accept-Encoding, Cookie");
        } else {
            response.setHeader("Vary", "Accept-Encoding");
        }
        chain.doFilter(request, response);
    }
}

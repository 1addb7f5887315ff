package eu.clusterhub.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * CSRF protection of the API, in one place. A browser sends the session cookie with any
 * request another site makes it send, and SameSite=Lax alone lets through more than we
 * want (older browsers, same-site subdomains, top-level POSTs during the Lax grace
 * period). So a call that may change something (any method but GET, HEAD, OPTIONS) and
 * names a session cookie must carry the header {@value #HEADER}: a cross-site page cannot
 * add a custom header without a CORS preflight, which this portal never grants. The
 * portal's own scripts send it (live-preview.js). Calls with a Bearer token need nothing
 * more: a browser never adds that header by itself. API clients without cookies, and
 * reads, are untouched.
 */
@WebFilter(urlPatterns = "/api/*")
public class CookieSessionCsrfGuard extends HttpFilter {

    public static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (needsProof(request) && isBlank(request.getHeader(HEADER))) {
            Problems.write(response, 403, "Cross-site request refused",
                    "A call made with a session cookie that changes something must carry the header '" + HEADER
                            + "' (the portal's pages send it); scripts use 'Authorization: Bearer <token>' instead");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean needsProof(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT))
                && !hasBearer(request.getHeader("Authorization"))
                && request.getRequestedSessionId() != null;
    }

    private static boolean hasBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

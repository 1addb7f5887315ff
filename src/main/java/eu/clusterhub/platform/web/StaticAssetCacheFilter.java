package eu.clusterhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets browsers and proxies keep CSS, scripts, fonts and images. Faces resource URLs carry
 * a version ({@code v=}: PrimeFaces' own, or the build stamp that OmniFaces'
 * VersionedResourceHandler adds to the others, see {@link WebSetup}), so a new release
 * changes the URL and a year-long, immutable cache is safe; unversioned resources are kept
 * for a day. (OmniFaces' CacheControlFilter leaves Faces resources alone, and says
 * must-revalidate rather than immutable, so it does not replace this filter.)
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class StaticAssetCacheFilter extends HttpFilter {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "public, max-age=86400";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = request.getParameter("v") != null ? VERSIONED : UNVERSIONED;
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // The Faces resource handler sets its own (shorter) caching headers; ours stand.
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

package eu.clusterhub.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Views and error pages are reached through their clean URLs or the container's error
 * handling only; a direct request for their files is a 404, so each page has one address.
 */
@WebFilter(urlPatterns = {"/views/*", "/errors/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class ViewPathGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

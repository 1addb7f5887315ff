package eu.clusterhub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the views at their clean URLs ({@link CleanUrls}); anything else under a section
 * is a 404. A servlet rather than a filter, because a path mapping wins over the
 * container's own redirect of {@code /boards} to a folder {@code /boards/}. Mapped to
 * every section by {@link CleanUrlInitializer}.
 */
public class CleanUrlServlet extends HttpServlet {

    private final transient CleanUrls urls;

    CleanUrlServlet(CleanUrls urls) {
        this.urls = urls;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<CleanUrls.Target> target = urls.resolve(request.getServletPath(), request.getPathInfo());
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        target.get().parameter().ifPresent(value -> request.setAttribute(PathParameter.ATTRIBUTE, value));
        request.getRequestDispatcher(target.get().view()).forward(request, response);
    }
}

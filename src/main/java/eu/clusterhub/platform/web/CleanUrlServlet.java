package eu.clusterhub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Serves the views at clean URLs. Each section of the site has a list view at its root
 * ({@code /boards}) and optionally an item view one segment deeper ({@code /boards/funding},
 * the segment being the {@linkplain PathParameter path parameter}); anything else is a 404.
 * Views live under /views/&lt;feature&gt;/, away from the URL space, so a forward never
 * comes back here. A servlet rather than a filter, because a path mapping wins over the
 * container's own redirect of {@code /boards} to a folder {@code /boards/}.
 */
@WebServlet(urlPatterns = {"/boards/*", "/announcements/*", "/search/*", "/signin/*"})
public class CleanUrlServlet extends HttpServlet {

    private record Section(String listView, String itemView) {
    }

    private static final Map<String, Section> SECTIONS = Map.of(
            "/boards", new Section("/views/forum/boards.xhtml", "/views/forum/board.xhtml"),
            "/announcements", new Section("/views/announcement/announcements.xhtml", null),
            "/search", new Section("/views/search/search.xhtml", null),
            "/signin", new Section("/views/account/signin.xhtml", null));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Section section = SECTIONS.get(request.getServletPath());
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        String view = null;
        if (section == null) {
            view = null;
        } else if (rest.isEmpty() || rest.equals("/")) {
            view = section.listView();
        } else if (section.itemView() != null && rest.indexOf('/', 1) < 0) {
            view = section.itemView();
            request.setAttribute(PathParameter.ATTRIBUTE, rest.substring(1));
        }
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}

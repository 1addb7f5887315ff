package eu.clusterhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /robots.txt ({@link RobotsTxt}), written from the declared sections and the configured base URL. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    private SiteUrl siteUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        // it changes only with a new version of the portal
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().write(RobotsTxt.of(CleanUrls.of(getServletContext()).sections(), siteUrl.base()));
    }
}

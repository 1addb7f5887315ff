package eu.clusterhub.platform.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /sitemap.xml (the index) and /sitemaps/{source}-{n}.xml ({@link Sitemap}), generated
 * from the database at each request, so a published thread or an archived announcement
 * shows at once; absolute URLs from {@link SiteUrl}, never the Host header. Anything else
 * under /sitemaps/ is a 404, as is a file whose range holds no URL.
 * <p>
 * The answer carries an ETag of its bytes: a crawler that sends it back gets 304 and no
 * body. Not Last-Modified: a removal (an archived announcement) changes a file without
 * making any of its remaining dates newer.
 */
// loaded at start-up so that sources with clashing names stop the deployment, not the first crawler
@WebServlet(urlPatterns = {SitemapServlet.INDEX, Sitemap.FILES + "*"}, loadOnStartup = 2)
public class SitemapServlet extends HttpServlet {

    static final String INDEX = "/sitemap.xml";
    // at most 9 digits: no number that overflows, and anything else is simply not a file
    private static final Pattern FILE = Pattern.compile("/([a-z]+)-([1-9][0-9]{0,8})\\.xml");

    @Inject
    @Any
    private Instance<SitemapSource> sources;

    @Inject
    private SiteUrl siteUrl;

    private transient Sitemap sitemap;

    /** The sources once: looking them up per request would make a new instance each time of any that is @Dependent. */
    @Override
    public void init() {
        sitemap = Sitemap.of(sources.stream().toList());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // buffered: the ETag needs the whole body, and a failure must not leave half a document
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (INDEX.equals(request.getServletPath())) {
            sitemap.writeIndex(siteUrl.base(), body);
        } else {
            Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            if (!file.matches() || !sitemap.writeFile(siteUrl.base(), file.group(1), Long.parseLong(file.group(2)), body)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        // crawlers come back rarely; five minutes keeps a burst of fetches off the database
        ConditionalGet.sendShared(body.toByteArray(), "application/xml;charset=UTF-8", 300, request, response);
    }
}

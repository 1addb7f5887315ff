package eu.clusterhub.platform.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of /robots.txt: what search engines should leave alone, made of the sections the
 * features declare ({@link Section#crawl()}, and every section that needs a sign-in), and where
 * the sitemap is. Disallow lines come before the closing {@code Allow: /}, since some crawlers
 * take the first rule that matches rather than the longest.
 */
public final class RobotsTxt {

    /** URL spaces of the platform itself: the API, and the areas web.xml guards. */
    static final List<String> PLATFORM_DISALLOWED = List.of("/api/", "/admin/", "/moderation/");

    private RobotsTxt() {
    }

    /** @param base the public address without a trailing slash ({@link SiteUrl#base()}) */
    public static String of(List<Section> sections, String base) {
        Set<String> disallowed = new LinkedHashSet<>(PLATFORM_DISALLOWED);
        for (Section section : sections) {
            if (PLATFORM_DISALLOWED.stream().anyMatch(area -> (section.path() + "/").startsWith(area))) {
                continue;
            }
            if (section.access() != Access.ANYONE || section.crawl() == Section.Crawl.DISALLOWED) {
                disallowed.add(section.path());
            } else if (section.crawl() == Section.Crawl.WITHOUT_QUERY) {
                disallowed.add(section.path() + "?");
            }
        }
        StringBuilder text = new StringBuilder("User-agent: *\n");
        disallowed.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("Allow: /\n\n");
        text.append("Sitemap: ").append(base).append(SitemapServlet.INDEX).append('\n');
        return text.toString();
    }
}

package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** robots.txt as the application's declared sections make it. */
class RobotsTxtTest {

    private final String robots = RobotsTxt.of(DeclaredFeatures.cleanUrls().sections(), "https://hub.example.org");

    private List<String> disallowed() {
        return robots.lines().filter(l -> l.startsWith("Disallow: ")).map(l -> l.substring("Disallow: ".length())).toList();
    }

    @Test
    void theApiTheGuardedAreasAndTheOneTimeLinkPagesAreDisallowed() {
        assertThat(disallowed()).contains("/api/", "/admin/", "/moderation/", "/password", "/verify",
                "/profile", "/new-thread", "/edit-post", "/announcement-editor");
        assertThat(disallowed()).as("covered by their areas").doesNotContain("/admin/boards", "/moderation/organisations");
    }

    @Test
    void searchResultsAreDisallowedButPublicPagesAreNot() {
        assertThat(disallowed()).contains("/search?").doesNotContain("/search", "/boards", "/threads", "/announcements", "/pages", "/signin", "/register");
    }

    @Test
    void theRulesComeBeforeTheCatchAllAndTheSitemapIsAnAbsoluteUrl() {
        assertThat(robots).startsWith("User-agent: *\n");
        assertThat(robots.indexOf("Allow: /\n")).isGreaterThan(robots.lastIndexOf("Disallow: "));
        assertThat(robots.lines()).contains("Sitemap: https://hub.example.org/sitemap.xml");
    }
}

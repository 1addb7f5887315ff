package eu.clusterhub.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous pages as they were last rendered, by entity tag ({@link PageVersion}). The tag
 * is made of everything the page shows, read from the database on every request, so a page
 * found here is exactly the page a render would produce now: a reply, an edit, a rename
 * changes the tag and the next reader gets a fresh render. What this saves is the rendering
 * (half of a thread page's cost) for every reader after the first of a version.
 * <p>
 * The page keeps the script policy it was rendered with: its script tags carry that
 * response's nonce. Everyone who is served the page sees that nonce, but it only ever
 * unlocks scripts of this very page, whose content was fixed before anyone saw it; new
 * content means a new tag, a new render and a new nonce.
 */
@ApplicationScoped
public class RenderedPages {

    /** Request attribute: the tag under which the page being rendered is to be kept. */
    static final String KEY = RenderedPages.class.getName() + ".key";

    /** A rendered page: what the response said of itself, and its text, encoded once for all its readers. */
    record Page(String contentType, List<String> scriptPolicies, byte[] body) {
    }

    @Inject
    @ConfigProperty(name = "clusterhub.pages.cache-mb")
    int megabytes;

    private Cache<String, Page> pages;

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024L * 1024L)
                .weigher((String tag, Page page) -> page.body().length + 200)
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    Optional<Page> get(String tag) {
        return Optional.ofNullable(pages.getIfPresent(tag));
    }

    void keep(String tag, Page page) {
        if (megabytes > 0) {
            pages.put(tag, page);
        }
    }
}

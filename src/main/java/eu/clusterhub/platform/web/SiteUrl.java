package eu.clusterhub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the portal, for links in mails, feeds and the API:
 * CLUSTERHUB_BASE_URL only. It is never derived from the request: a forged Host header
 * would otherwise bend a victim's password-reset link to a host the attacker owns. Start-up
 * refuses to go on without it ({@code mvn -Prun} sets its own http://localhost:PORT).
 */
@ApplicationScoped
public class SiteUrl {

    static final String MISSING = "CLUSTERHUB_BASE_URL is not set: set it to the portal's public address, "
            + "e.g. https://clusterhub.example.org (links in mails use it, never the request's Host header)";

    @Inject
    @ConfigProperty(name = "clusterhub.base-url")
    private Optional<String> configured;

    /** Without a trailing slash, e.g. https://clusterhub.example.org. */
    public String base() {
        return checked(configured);
    }

    /** Called first at start-up, so a missing or malformed address stops it with a clear message. */
    public void requireConfigured() {
        base();
    }

    static String checked(Optional<String> configured) {
        String base = configured.map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException(MISSING));
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CLUSTERHUB_BASE_URL is not a URL: " + base);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("CLUSTERHUB_BASE_URL must be an absolute http(s) address without query, "
                    + "e.g. https://clusterhub.example.org; it is " + base);
        }
        return base;
    }
}

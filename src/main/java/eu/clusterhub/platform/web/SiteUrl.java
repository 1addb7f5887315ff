package eu.clusterhub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the portal, for links in mails: CLUSTERHUB_BASE_URL when set
 * (set it in production, so a forged Host header cannot bend the links), otherwise what
 * the request was addressed to.
 */
@ApplicationScoped
public class SiteUrl {

    @Inject
    @ConfigProperty(name = "clusterhub.base-url")
    private Optional<String> configured;

    /** Without a trailing slash, e.g. https://clusterhub.example.org. */
    public String base(HttpServletRequest request) {
        String base = configured.orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
    }
}

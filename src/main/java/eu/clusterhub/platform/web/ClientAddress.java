package eu.clusterhub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sent a request, as far as it can be trusted: the peer address, or, when the peer is
 * one of the configured reverse proxies (CLUSTERHUB_TRUSTED_PROXIES), the address that
 * proxy put in X-Forwarded-For, and whether it came over HTTPS per X-Forwarded-Proto.
 * Anyone else's forwarding headers are ignored: they are free to forge.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "clusterhub.trusted-proxies")
    private Optional<String> trustedProxies;

    @Inject
    private HttpServletRequest currentRequest;

    private Set<String> proxies;

    /** The client address of the request being served. */
    public String current() {
        return of(currentRequest);
    }

    /** The client's address: the peer, or the last address before the trusted proxies in X-Forwarded-For. */
    public String of(HttpServletRequest request) {
        return clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies());
    }

    static String clientOf(String peer, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy that says so. */
    public boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || (proxies().contains(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    private Set<String> proxies() {
        if (proxies == null) {
            proxies = Arrays.stream(trustedProxies.orElse("").split(",")).map(String::strip).filter(a -> !a.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return proxies;
    }
}

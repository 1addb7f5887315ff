package eu.clusterhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.resourcehandler.VersionedResourceHandler;

/**
 * Gives the asset URLs their version ({@code v=} and the build stamp), and sets the
 * session cookie's attributes: HttpOnly; Secure whenever the request that made the session
 * came over TLS (payara-web.xml: cookieSecure=dynamic; behind a trusted TLS-terminating
 * proxy {@link SecureSessionCookie} marks it).
 * CLUSTERHUB_SECURE_COOKIES=true marks it Secure always, whatever the request.
 */
@WebListener
public class WebSetup implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "clusterhub.secure-cookies", defaultValue = "false")
    private boolean secureCookies;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // read by OmniFaces' VersionedResourceHandler (faces-config.xml) on the first asset URL
        context.setInitParameter(VersionedResourceHandler.PARAM_NAME_VERSION, BuildInfo.stamp());
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (secureCookies) {
            cookie.setSecure(true);   // setting false would override "dynamic"; SameSite=Lax is in payara-web.xml
        }
    }
}

package eu.clusterhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Maps the clean-URL servlet to every section that {@link CleanUrls} knows, and sets the
 * session cookie's attributes: HttpOnly, and Secure when the portal is
 * served over TLS (CLUSTERHUB_SECURE_COOKIES=true, e.g. behind a TLS-terminating proxy).
 */
@WebListener
public class WebSetup implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "clusterhub.secure-cookies", defaultValue = "false")
    private boolean secureCookies;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.addServlet("cleanUrls", CleanUrlServlet.class).addMapping(CleanUrls.sectionPatterns());
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);   // SameSite=Lax is set in WEB-INF/payara-web.xml
    }
}

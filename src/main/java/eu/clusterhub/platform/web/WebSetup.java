package eu.clusterhub.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Maps the clean-URL servlet to every section that {@link CleanUrls} knows. */
@WebListener
public class WebSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.addServlet("cleanUrls", CleanUrlServlet.class).addMapping(CleanUrls.sectionPatterns());
    }
}

package eu.clusterhub.platform;

import jakarta.servlet.ServletContext;

/**
 * Fired once at start-up, after the schema migrations ran and before the application
 * takes requests. Observers prepare data (e.g. import seed content); an exception thrown
 * by one fails the start-up. The servlet context is passed along because CDI offers it
 * only inside requests.
 */
public record DatabaseReady(String schemaVersion, ServletContext servletContext) {
}

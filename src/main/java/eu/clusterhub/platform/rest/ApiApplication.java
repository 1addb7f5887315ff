package eu.clusterhub.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; resources sit in their feature packages. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}

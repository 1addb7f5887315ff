package eu.clusterhub.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * Adds the build stamp to the URLs of ClusterHub's own stylesheets and scripts
 * ({@code v=<build>}), as PrimeFaces does with its version. Every asset URL then changes
 * with a release, which is what lets {@link StaticAssetCacheFilter} cache them for a year.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    static final String LIBRARY = "clusterhub";

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || !LIBRARY.equals(libraryName)) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + BuildInfo.stamp();
            }
        };
    }
}

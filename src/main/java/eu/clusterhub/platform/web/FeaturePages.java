package eu.clusterhub.platform.web;

import java.util.List;

/**
 * A feature's pages. Each feature package has one public implementation with a public
 * no-argument constructor, next to its code (e.g. {@code forum.ForumPages}); the servlet
 * container finds it when the application starts ({@link CleanUrlInitializer}), so a new
 * page or feature needs no change in platform or web.xml.
 */
public interface FeaturePages {

    List<Section> sections();
}

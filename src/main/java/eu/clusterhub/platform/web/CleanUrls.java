package eu.clusterhub.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The map between clean URLs and views, both ways, made of the {@link Section sections}
 * that the features declare ({@link FeaturePages}). Built once at start-up by
 * {@link CleanUrlInitializer} and kept as an attribute of the servlet context.
 */
public final class CleanUrls {

    static final String ATTRIBUTE = CleanUrls.class.getName();

    /** A view to show, and the path parameter it gets, if any. */
    public record Target(String view, Optional<String> parameter) {
    }

    private final Map<String, Section> sections = new TreeMap<>();
    private final Map<String, String> pathOfListView = new HashMap<>();
    private final Map<String, String> pathOfItemView = new HashMap<>();
    private final Set<String> viewsWithForms = new HashSet<>();

    /**
     * @throws IllegalStateException when two sections share a path, or a view is the list
     *                               (or the item) view of two sections, so its URL is ambiguous
     */
    public CleanUrls(Collection<Section> declared) {
        for (Section section : declared) {
            if (sections.putIfAbsent(section.path(), section) != null) {
                throw new IllegalStateException("Two sections are declared at " + section.path());
            }
            index(pathOfListView, section.listView(), section);
            index(pathOfItemView, section.itemView(), section);
            if (section.forms()) {
                if (section.listView() != null) {
                    viewsWithForms.add(section.listView());
                }
                if (section.itemView() != null) {
                    viewsWithForms.add(section.itemView());
                }
            }
        }
    }

    /** The clean URLs of every feature that the given declarations name. */
    public static CleanUrls of(Collection<? extends FeaturePages> features) {
        return new CleanUrls(features.stream().flatMap(feature -> feature.sections().stream()).toList());
    }

    /** The application's clean URLs, as {@link CleanUrlInitializer} found them. */
    public static CleanUrls of(ServletContext context) {
        return (CleanUrls) context.getAttribute(ATTRIBUTE);
    }

    static CleanUrls of(FacesContext context) {
        return (CleanUrls) context.getExternalContext().getApplicationMap().get(ATTRIBUTE);
    }

    /** Every section, ordered by path. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** The servlet URL patterns of the sections open to the given access, e.g. {@code /boards/*}. */
    public String[] patterns(Access access) {
        return sections.values().stream()
                .filter(section -> section.access() == access)
                .map(section -> section.path() + "/*")
                .toArray(String[]::new);
    }

    /**
     * The view for a request to a section.
     *
     * @param section  the servlet path, e.g. {@code /boards}
     * @param pathInfo what follows it, e.g. {@code /funding}, or null
     */
    public Optional<Target> resolve(String section, String pathInfo) {
        Section known = sections.get(section);
        String rest = pathInfo == null ? "" : pathInfo;
        if (known == null) {
            return Optional.empty();
        }
        if (rest.isEmpty() || rest.equals("/")) {
            return Optional.ofNullable(known.listView()).map(view -> new Target(view, Optional.empty()));
        }
        if (known.itemView() != null && rest.indexOf('/', 1) < 0) {
            return Optional.of(new Target(known.itemView(), Optional.of(rest.substring(1))));
        }
        return Optional.empty();
    }

    /** The clean URL (without context path) of a view, so forms post back to it. */
    public Optional<String> urlOf(String viewId, Optional<String> parameter) {
        // an item first: one view may serve both a section's root and its items (an editor)
        String itemPath = pathOfItemView.get(viewId);
        if (itemPath != null && parameter.isPresent()) {
            return Optional.of(itemPath + "/" + parameter.get());
        }
        return Optional.ofNullable(pathOfListView.get(viewId));
    }

    /** Whether a view holds forms, so it keeps real view state even for anonymous visitors. */
    public boolean hasForms(String viewId) {
        return viewsWithForms.contains(viewId);
    }

    private static void index(Map<String, String> pathOfView, String view, Section section) {
        if (view != null) {
            String other = pathOfView.putIfAbsent(view, section.path());
            if (other != null) {
                throw new IllegalStateException("View " + view + " is declared for both " + other + " and " + section.path());
            }
        }
    }
}

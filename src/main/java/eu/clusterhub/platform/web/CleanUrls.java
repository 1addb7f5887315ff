package eu.clusterhub.platform.web;

import java.util.Map;
import java.util.Optional;

/**
 * The map between clean URLs and views, both ways. Each section of the site has a list
 * view at its root ({@code /boards}) and optionally an item view one segment deeper
 * ({@code /boards/funding}, the segment being the {@linkplain PathParameter path parameter}).
 * Views live under /views/&lt;feature&gt;/, away from the URL space.
 */
public final class CleanUrls {

    record Section(String path, String listView, String itemView) {
    }

    /** A view to show, and the path parameter it gets, if any. */
    public record Target(String view, Optional<String> parameter) {
    }

    private static final Map<String, Section> SECTIONS = Map.ofEntries(
            Map.entry("/boards", new Section("/boards", "/views/forum/boards.xhtml", "/views/forum/board.xhtml")),
            Map.entry("/threads", new Section("/threads", null, "/views/forum/thread.xhtml")),
            Map.entry("/edit-post", new Section("/edit-post", null, "/views/forum/edit-post.xhtml")),
            Map.entry("/post-history", new Section("/post-history", null, "/views/forum/post-history.xhtml")),
            Map.entry("/new-thread", new Section("/new-thread", null, "/views/forum/new-thread.xhtml")),
            Map.entry("/announcements", new Section("/announcements", "/views/announcement/announcements.xhtml", "/views/announcement/announcement.xhtml")),
            Map.entry("/announcement-editor", new Section("/announcement-editor", "/views/announcement/editor.xhtml", "/views/announcement/editor.xhtml")),
            Map.entry("/moderation/announcement-history", new Section("/moderation/announcement-history", null, "/views/announcement/history.xhtml")),
            Map.entry("/search", new Section("/search", "/views/search/search.xhtml", null)),
            Map.entry("/pages", new Section("/pages", null, "/views/content/page.xhtml")),
            Map.entry("/signin", new Section("/signin", "/views/account/signin.xhtml", null)),
            Map.entry("/register", new Section("/register", "/views/account/register.xhtml", null)),
            Map.entry("/verify", new Section("/verify", "/views/account/verify.xhtml", null)),
            Map.entry("/profile", new Section("/profile", "/views/account/profile.xhtml", null)),
            Map.entry("/password", new Section("/password", "/views/account/password.xhtml", null)),
            Map.entry("/admin/boards", new Section("/admin/boards", "/views/forum/admin-boards.xhtml", "/views/forum/admin-board.xhtml")),
            Map.entry("/admin/search", new Section("/admin/search", "/views/search/admin-search.xhtml", null)),
            Map.entry("/admin/accounts", new Section("/admin/accounts", "/views/account/admin-accounts.xhtml", null)),
            Map.entry("/moderation/organisations", new Section("/moderation/organisations", "/views/account/organisations.xhtml", null)));

    private CleanUrls() {
    }

    /** The servlet URL patterns that cover every section, e.g. {@code /boards/*}. */
    public static String[] sectionPatterns() {
        return SECTIONS.keySet().stream().sorted().map(path -> path + "/*").toArray(String[]::new);
    }

    /**
     * The view for a request to a section.
     *
     * @param section  the servlet path, e.g. {@code /boards}
     * @param pathInfo what follows it, e.g. {@code /funding}, or null
     */
    public static Optional<Target> resolve(String section, String pathInfo) {
        Section known = SECTIONS.get(section);
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
    public static Optional<String> urlOf(String viewId, Optional<String> parameter) {
        // an item first: one view may serve both a section's root and its items (an editor)
        for (Section section : SECTIONS.values()) {
            if (viewId.equals(section.itemView()) && parameter.isPresent()) {
                return Optional.of(section.path() + "/" + parameter.get());
            }
        }
        for (Section section : SECTIONS.values()) {
            if (viewId.equals(section.listView())) {
                return Optional.of(section.path());
            }
        }
        return Optional.empty();
    }
}

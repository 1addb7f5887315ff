package eu.clusterhub.platform.web;

/**
 * One section of the site, as a feature declares it in its {@link FeaturePages}: a clean
 * URL ({@code /boards}) with a list view at its root and/or an item view one segment
 * deeper ({@code /boards/funding}, the segment being the {@linkplain PathParameter path
 * parameter}), whether its views hold forms, and who may open it. Views live under
 * /views/&lt;feature&gt;/, away from the URL space.
 * <pre>
 * Section.at("/boards").list("/views/forum/boards.xhtml").item("/views/forum/board.xhtml")
 * Section.at("/edit-post").item("/views/forum/edit-post.xhtml").withForms().requires(Access.MEMBER)
 * Section.at("/signin").list("/views/account/signin.xhtml").withForms().hiddenFromCrawlers()
 * </pre>
 *
 * @param path     the clean URL without context path, e.g. {@code /boards} or {@code /admin/boards}
 * @param listView the view at the path itself, or null
 * @param itemView the view one segment deeper, or null
 * @param forms    whether the views hold forms: they then keep real view state (the CSRF
 *                 token) even for anonymous visitors; views without forms are transient for
 *                 them, so reading makes no HTTP session
 * @param access   who may open the section; anyone else is sent to sign in, or gets 403
 * @param crawl    what robots.txt tells search engines about it ({@link RobotsTxt}); sections
 *                 that need a sign-in are kept out whatever this says
 */
public record Section(String path, String listView, String itemView, boolean forms, Access access, Crawl crawl) {

    /** Whether search engines should fetch a section. */
    public enum Crawl {
        /** Public pages worth finding. */
        ALLOWED,
        /** The address alone is worth finding, not with a query string (/search, but not /search?q=...). */
        WITHOUT_QUERY,
        /** Nothing worth finding: forms such as sign-in, register and password reset. */
        DISALLOWED
    }

    public Section {
        if (path == null || !path.matches("(/[a-z0-9][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("A section's path is like /boards or /admin/boards, not " + path);
        }
        if (path.matches("/(api|views|errors)(/.*)?")) {
            throw new IllegalArgumentException("Section " + path + " is in the API's or the views' own URL space");
        }
        checkView(path, listView);
        checkView(path, itemView);
        if (access == null) {
            throw new IllegalArgumentException("Section " + path + " needs an access level");
        }
        if (crawl == null) {
            throw new IllegalArgumentException("Section " + path + " needs a crawl rule");
        }
    }

    /** A section at this clean URL, open to anyone, without views yet. */
    public static Section at(String path) {
        return new Section(path, null, null, false, Access.ANYONE, Crawl.ALLOWED);
    }

    public Section list(String view) {
        return new Section(path, view, itemView, forms, access, crawl);
    }

    public Section item(String view) {
        return new Section(path, listView, view, forms, access, crawl);
    }

    public Section withForms() {
        return new Section(path, listView, itemView, true, access, crawl);
    }

    public Section requires(Access level) {
        return new Section(path, listView, itemView, forms, level, crawl);
    }

    /** Kept out of search engines: robots.txt disallows the section (see {@link Crawl}). */
    public Section hiddenFromCrawlers() {
        return new Section(path, listView, itemView, forms, access, Crawl.DISALLOWED);
    }

    /** Search engines may fetch the section's address, but not with a query string (see {@link Crawl}). */
    public Section crawledWithoutQuery() {
        return new Section(path, listView, itemView, forms, access, Crawl.WITHOUT_QUERY);
    }

    private static void checkView(String path, String view) {
        if (view != null && !(view.startsWith("/views/") && view.endsWith(".xhtml"))) {
            throw new IllegalArgumentException("Section " + path + ": a view is a file under /views/, not " + view);
        }
    }
}

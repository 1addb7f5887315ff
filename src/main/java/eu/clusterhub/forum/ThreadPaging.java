package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.platform.web.PageVersion;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page of a thread's posts: 50 a page, in the order written (flat) or as a tree
 * (?view=tree), ?page=N or the page holding ?post=N, the accepted solution, the authors (one
 * query a page) and each post's {@link PostRow}, written in one pass.
 */
@Named
@RequestScoped
public class ThreadPaging {

    static final int PAGE_SIZE = 50;

    @Inject
    private ThreadView view;

    @Inject
    private ForumRepository forum;

    @Inject
    private AccountRepository accounts;

    @Inject
    private eu.clusterhub.account.CurrentAccount me;

    private Integer pageNumber;
    private List<Post> page;
    private List<PostRow> rows;
    private Post accepted;
    private Map<Long, Account> authors;
    /** The rows written as one string, or "" when a row has buttons; null until asked. */
    private String itemsHtml;

    public boolean isTree() {
        return "tree".equals(QueryParameter.text("view"));
    }

    public int getPageNumber() {
        if (pageNumber == null) {
            pageNumber = requestedPage();
        }
        return pageNumber;
    }

    private int requestedPage() {
        ForumThread thread = view.getThread();
        Long post = QueryParameter.id("post");
        if (post != null) {
            // ?post=N: the page (of this view) that holds the post, for deep links
            return forum.post(post).filter(p -> p.getThreadId() == thread.getId())
                    .map(p -> isTree() ? forum.treeIndex(p) / PAGE_SIZE + 1 : pageOf(p)).orElse(1);
        }
        String value = QueryParameter.text("page");
        try {
            return value == null ? 1 : Math.max(1, Math.min(getPageCount(), Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The query of this page's canonical address: a later page of the posts in the order
     * written is its own address; the tree view (the same posts in another order) and
     * ?unread or ?post=N point at the flat page that shows them.
     */
    public String getCanonicalQuery() {
        return isTree() || getPageNumber() <= 1 ? "" : "page=" + getPageNumber();
    }

    public int getPageCount() {
        return Math.max(1, (view.getThread().getPostCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Post> getPosts() {
        if (page == null) {
            page = forum.posts(view.getThread().getId(), isTree(), getPageNumber(), PAGE_SIZE);
        }
        return page;
    }

    /** The page's posts with what the page shows of each, worked out once (see {@link PostRow}). */
    public List<PostRow> getRows() {
        if (rows == null) {
            ForumThread thread = view.getThread();
            ForumPermissions.InThread may = view.getMay();
            boolean mayReply = may.mayReply().isGranted();
            Long acceptedId = thread.getAcceptedPostId();
            var links = new PostRow.Links(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                    thread.getId(), getPageNumber());
            rows = getPosts().stream().map(p -> {
                boolean isAccepted = p.getId().equals(acceptedId);
                return new PostRow(p, author(p.getAuthorId()), postClass(p, isAccepted), isAccepted, new PostRow.Permissions(
                        mayReply,
                        may.mayEdit(p).isGranted(),
                        may.mayDelete(p).isGranted(),
                        may.mayMarkHelpful(p).isGranted(),
                        // accepting the accepted solution again changes nothing: no button for it
                        !isAccepted && may.mayAccept(p).isGranted(),
                        // members report others' posts to the moderators (eu.clusterhub.moderation)
                        me.getAccount() != null && !me.getAccount().is(p.getAuthorId()) && p.isVisible()),
                        links, p.isVisibleTo(me.getAccount()));
            }).toList();
        }
        return rows;
    }

    /**
     * The page's list items in one string when no row has a button, as for every anonymous
     * reader: the page then has no per-post components at all. Null when a row has one.
     */
    public String getItemsHtml() {
        if (itemsHtml == null) {
            StringBuilder html = new StringBuilder();
            if (getRows().stream().noneMatch(PostRow::hasButtons)) {
                html.ensureCapacity(rows.size() * 2048);
                rows.forEach(r -> r.appendItem(html));
            }
            itemsHtml = html.toString();
        }
        return itemsHtml.isEmpty() ? null : itemsHtml;
    }

    public Post getAccepted() {
        Long acceptedId = view.getThread().getAcceptedPostId();
        if (accepted == null && acceptedId != null) {
            accepted = forum.post(acceptedId).filter(p -> !p.isDeleted() && p.isVisible()).orElse(null);
        }
        return accepted;
    }

    /** The author of a post or thread, from one query per page. */
    public Account author(long accountId) {
        if (authors == null) {
            Set<Long> ids = new HashSet<>(getPosts().stream().map(Post::getAuthorId).toList());
            ids.add(view.getThread().getAuthorId());
            if (getAccepted() != null) {
                ids.add(getAccepted().getAuthorId());
            }
            authors = accounts.byIds(ids);
        }
        return authors.get(accountId);
    }

    /**
     * Everything an anonymous reader's copy of this page depends on: the thread (its version
     * moves with every reply, lock, pin, move, accept), its view count, the board, the page
     * asked for, and each shown post and author (edits, helpful marks, renamed members,
     * verified organisations).
     */
    PageVersion version() {
        ForumThread thread = view.getThread();
        Board board = view.getBoard();
        PageVersion version = PageVersion.of("thread").add(thread.getId()).add(thread.getVersion())
                .add(thread.getViewCount()).add(board.getId()).add(board.getVersion())
                .add(getPageNumber()).add(isTree());
        // columns, not entities: when the page was rendered before, nothing more is read
        Set<Long> authorIds = new java.util.TreeSet<>();
        authorIds.add(thread.getAuthorId());
        for (Object[] post : forum.postVersions(thread.getId(), isTree(), getPageNumber(), PAGE_SIZE)) {
            version.add(post[0]).add(post[1]);
            authorIds.add((Long) post[2]);
        }
        Post solution = getAccepted();
        if (solution != null) {
            version.add(solution.getId()).add(solution.getVersion());
            authorIds.add(solution.getAuthorId());
        }
        Map<Long, String> authorVersions = accounts.versions(authorIds);
        authorIds.forEach(id -> version.add(id).add(authorVersions.get(id)));
        return version;
    }

    /** CSS classes of a post: its indentation in the tree view, and whether it is the solution. */
    private String postClass(Post post, boolean isAccepted) {
        String classes = "post";
        if (isTree()) {
            classes += " post--depth-" + Math.min(post.getDepth(), 6);
        }
        return isAccepted ? classes + " post--accepted" : classes;
    }

    /** The page of the flat view that holds a post. */
    public int pageOf(Post post) {
        return pageOf(post.getPosition());
    }

    static int pageOf(int position) {
        return (position - 1) / PAGE_SIZE + 1;
    }

    public String pageUrl(int number) {
        return "/threads/" + view.getThread().getId() + "?page=" + number + (isTree() ? "&view=tree" : "");
    }

    /** The posts are read again when next asked for (after an action changed them). */
    void forget() {
        pageNumber = null;
        page = null;
        rows = null;
        accepted = null;
        authors = null;
        itemsHtml = null;
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import eu.clusterhub.platform.web.TextLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /threads/{id}: a thread's posts, 50 a page, in the order written (flat) or as a tree
 * (?view=tree), the accepted solution under the first post, and the reply form (with
 * ?replyTo= and ?quote= from the posts' links). Everything is looked up on first use,
 * since a postback evaluates the page before any view action runs.
 */
@Named
@RequestScoped
public class ThreadView {

    static final int PAGE_SIZE = 50;

    @Inject
    private ForumRepository forum;

    @Inject
    private BoardRepository boards;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ForumService service;

    @Inject
    private PostService posts;

    @Inject
    private CurrentAccount me;

    @Inject
    private ThreadModeration moderation;

    @Inject
    private ViewCounter views;

    @Inject
    private ReadingState reading;

    private ForumThread thread;
    private Board board;
    private List<Post> page;
    private List<PostRow> rows;
    private Post accepted;
    private Map<Long, Account> authors;
    private String body;
    private String language = TextLanguages.preferred();
    private Long parentId;
    private String previewHtml;
    private String moveTo;

    public void load() {
        if (getThread() == null) {
            HttpErrors.send(404, "No such thread");
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            if (param("unread") != null && jumpToFirstUnread()) {
                return;
            }
            prefill();
            recordView();
        }
    }

    /** Counts the view and, for a member, remembers how far they have now read. */
    private void recordView() {
        Account caller = me.getAccount();
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        views.viewed(getThread().getId(), caller != null ? "a" + caller.getId() : request.getRemoteAddr());
        if (caller != null && !getPosts().isEmpty()) {
            int seen = getPosts().stream().mapToInt(Post::getPosition).max().orElse(0);
            reading.readUpTo(caller.getId(), getThread().getId(), seen);
        }
    }

    /** ?unread: on to the first post the member has not read yet (or the last post). */
    private boolean jumpToFirstUnread() {
        Account caller = me.getAccount();
        if (caller == null) {
            return false;
        }
        long threadId = getThread().getId();
        int lastRead = reading.lastRead(caller.getId(), java.util.List.of(threadId)).getOrDefault(threadId, 0);
        int target = Math.min(lastRead + 1, getThread().getPostCount());
        return forum.postAt(threadId, target).map(p -> {
            HttpErrors.redirect("/threads/" + threadId + "?post=" + p.getId() + "#post-" + p.getId());
            return true;
        }).orElse(false);
    }

    public ForumThread getThread() {
        if (thread == null) {
            thread = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                    .flatMap(id -> forum.thread(Long.parseLong(id))).orElse(null);
        }
        return thread;
    }

    public Board getBoard() {
        if (board == null) {
            board = boards.byId(getThread().getBoardId()).orElseThrow();
        }
        return board;
    }

    /** Locked, or in an archived board: read-only either way. */
    public boolean isClosed() {
        return getThread().isLocked() || getBoard().isArchived();
    }

    public boolean isTree() {
        return "tree".equals(param("view"));
    }

    public int getPageNumber() {
        Long post = idParam("post");
        if (post != null) {
            // ?post=N: the page (of this view) that holds the post, for deep links
            return forum.post(post).filter(p -> p.getThreadId() == getThread().getId())
                    .map(p -> isTree() ? forum.treeIndex(p) / PAGE_SIZE + 1 : pageOf(p)).orElse(1);
        }
        String value = param("page");
        int pages = getPageCount();
        try {
            return value == null ? 1 : Math.max(1, Math.min(pages, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        return Math.max(1, (getThread().getPostCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Post> getPosts() {
        if (page == null) {
            page = forum.posts(getThread().getId(), isTree(), getPageNumber(), PAGE_SIZE);
        }
        return page;
    }

    /** The page's posts with what the page shows of each, worked out once (see {@link PostRow}). */
    public List<PostRow> getRows() {
        if (rows == null) {
            Account caller = me.getAccount();
            boolean open = !isClosed();
            Long acceptedId = getThread().getAcceptedPostId();
            var links = new PostRow.Links(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                    getThread().getId(), getPageNumber());
            rows = getPosts().stream().map(p -> new PostRow(p, author(p.getAuthorId()), postClass(p),
                    p.getId().equals(acceptedId), new PostRow.Permissions(
                            caller != null && open && !p.isDeleted(),
                            caller != null && open && !p.isDeleted() && caller.getId() == p.getAuthorId(),
                            canMarkHelpful(p),
                            canAccept(p) && !p.getId().equals(acceptedId)), links)).toList();
        }
        return rows;
    }

    public Post getAccepted() {
        if (accepted == null && getThread().getAcceptedPostId() != null) {
            accepted = forum.post(getThread().getAcceptedPostId()).filter(p -> !p.isDeleted()).orElse(null);
        }
        return accepted;
    }

    /** The author of a post or thread, from one query per page. */
    public Account author(long accountId) {
        if (authors == null) {
            Set<Long> ids = new HashSet<>(getPosts().stream().map(Post::getAuthorId).toList());
            ids.add(getThread().getAuthorId());
            if (getAccepted() != null) {
                ids.add(getAccepted().getAuthorId());
            }
            authors = accounts.byIds(ids);
        }
        return authors.get(accountId);
    }

    /** CSS classes of a post: its indentation in the tree view, and whether it is the solution. */
    private String postClass(Post post) {
        String classes = "post";
        if (isTree()) {
            classes += " post--depth-" + Math.min(post.getDepth(), 6);
        }
        return post.getId().equals(getThread().getAcceptedPostId()) ? classes + " post--accepted" : classes;
    }

    /** The page of the flat view that holds a post. */
    public int pageOf(Post post) {
        return (post.getPosition() - 1) / PAGE_SIZE + 1;
    }

    public String pageUrl(int number) {
        return "/threads/" + getThread().getId() + "?page=" + number + (isTree() ? "&view=tree" : "");
    }

    private boolean canAccept(Post post) {
        Account caller = me.getAccount();
        return caller != null && getThread().getType().canBeSolved() && post.getPosition() > 1 && !post.isDeleted()
                && (caller.getId().equals(getThread().getAuthorId()) || caller.getRole().atLeast(eu.clusterhub.account.Role.MODERATOR));
    }

    private boolean canMarkHelpful(Post post) {
        Account caller = me.getAccount();
        return caller != null && caller.canPost() && !post.isDeleted() && post.getAuthorId() != caller.getId();
    }

    public void reply() {
        Account caller = me.require();
        try {
            Post post = service.reply(getThread().getId(), body, parentId, language, caller);
            int lastPage = (post.getPosition() + PAGE_SIZE - 1) / PAGE_SIZE;
            HttpErrors.redirect("/threads/" + getThread().getId() + "?page=" + lastPage + "#post-" + post.getId());
        } catch (ValidationFailed e) {
            FacesMessages.fieldErrors(e, Map.of("body", "reply:body", "parentId", "reply:body", "language", "reply:language"));
        } catch (Refusal e) {
            FacesMessages.refused(e);
        }
    }

    public void preview() {
        previewHtml = Markdown.toSafeHtml(body);
    }

    public void accept(long postId) {
        act(() -> posts.accept(postId, me.require()), "Marked as the accepted solution.");
    }

    public void helpful(long postId) {
        act(() -> posts.helpful(postId, me.require()), null);
    }

    public boolean isModerator() {
        return me.get().map(a -> a.getRole().atLeast(eu.clusterhub.account.Role.MODERATOR)).orElse(false);
    }

    public void lock(boolean locked) {
        act(() -> moderation.lock(getThread().getId(), locked, me.require()), locked ? "The thread is locked." : "The thread is open again.");
    }

    public void pin(boolean pinned) {
        act(() -> moderation.pin(getThread().getId(), pinned, me.require()), pinned ? "The thread is pinned." : "The thread is unpinned.");
    }

    /** Open boards a moderator can move this thread to. */
    public List<Board> getMoveTargets() {
        return boards.listed().stream().filter(b -> !b.isArchived() && b.getId() != getThread().getBoardId()).toList();
    }

    public void move() {
        act(() -> moderation.move(getThread().getId(), moveTo, me.require()), "The thread was moved.");
        board = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            thread = null;
            page = null;
            rows = null;
            accepted = null;
            if (done != null) {
                FacesMessages.info(done);
            }
        } catch (Refusal e) {
            FacesMessages.refused(e);
        }
    }

    private void prefill() {
        Long quote = idParam("quote");
        Long replyTo = idParam("replyTo");
        if (replyTo != null) {
            parentId = forum.post(replyTo).filter(p -> p.getThreadId() == getThread().getId()).map(Post::getId).orElse(null);
        }
        if (quote != null) {
            forum.post(quote).filter(p -> p.getThreadId() == getThread().getId() && !p.isDeleted()).ifPresent(p -> {
                Account quoted = accounts.byId(p.getAuthorId()).orElse(null);
                String who = quoted == null ? "A member" : quoted.getDisplayName();
                body = who + " wrote:\n\n> " + p.getBodyMarkdown().replace("\n", "\n> ") + "\n\n";
                parentId = p.getId();
            });
        }
    }

    private Long idParam(String name) {
        String value = param(name);
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public Post getParent() {
        return parentId == null ? null : forum.post(parentId).orElse(null);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}

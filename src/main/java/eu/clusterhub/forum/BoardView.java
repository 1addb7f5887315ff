package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.ConditionalGet;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PageVersion;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * One board's page, /boards/{slug}: its threads, pinned first then by last activity, with
 * type and tag filters and paging in the URL. An unknown slug is a 404, not an empty page.
 */
@Named
@RequestScoped
public class BoardView {

    static final int PAGE_SIZE = 20;
    static final int NEW_WINDOW_DAYS = 14;

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumRepository forum;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentAccount me;

    @Inject
    private ReadingState reading;

    private Board board;
    private ThreadType type;
    private String tag;
    private ResultPage<ForumThread> threads;
    private Map<Long, Account> authors = Map.of();
    private String problem;
    private Map<Long, Integer> lastRead = Map.of();

    /** View action: answers 404 for an unknown board. */
    public void load() {
        if (getBoard() == null) {
            HttpErrors.send(404, "No such board");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            ConditionalGet.answer(version());
        }
    }

    /** What an anonymous reader's copy shows: the board, the page's threads (each one's version moves with its replies) and their authors. */
    private PageVersion version() {
        PageVersion version = PageVersion.of("board").add(board.getId()).add(board.getVersion())
                .add(getThreads().total()).add(problem);
        threads.items().forEach(t -> version.add(t.getId()).add(t.getVersion()).add(t.getViewCount()));
        authors.values().stream().sorted(java.util.Comparator.comparing(Account::getId))
                .forEach(a -> version.add(a.getId()).add(a.getVersion()));
        return version;
    }

    /** The board and a page of its threads are looked up on first use: a postback needs them before any view action runs. */
    private void loadThreads() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Paging paging = new Paging(1, PAGE_SIZE);
        try {
            paging = Paging.parse(params.get("page"), null, PAGE_SIZE, PAGE_SIZE);
            String typeParam = params.get("type");
            type = typeParam == null || typeParam.isBlank() ? null : ThreadType.parse(typeParam)
                    .orElseThrow(() -> ValidationFailed.of("type", "Unknown thread type"));
            String tagParam = params.get("tag");
            tag = tagParam == null || tagParam.isBlank() ? null : ThreadRules.normalTag(tagParam);
        } catch (ValidationFailed e) {
            problem = e.errors().get(0).message();
        }
        threads = forum.threads(getBoard().getId(), type, tag, paging.page(), paging.size());
        authors = accounts.byIds(threads.items().stream().map(ForumThread::getAuthorId).toList());
        me.get().ifPresent(a -> lastRead = reading.lastRead(a.getId(), threads.items().stream().map(ForumThread::getId).toList()));
    }

    /**
     * A thread the signed-in member has never opened. Threads from well before the member
     * joined do not count as new, or a newcomer would find the whole forum marked.
     */
    public boolean isNew(ForumThread thread) {
        getThreads();
        Account account = me.getAccount();
        return account != null && !lastRead.containsKey(thread.getId())
                && thread.getLastActivityAt().isAfter(account.getCreatedAt().minusDays(NEW_WINDOW_DAYS));
    }

    /** Posts written since the member last read the thread; 0 when not signed in or never opened. */
    public int unread(ForumThread thread) {
        getThreads();
        Integer read = lastRead.get(thread.getId());
        return read == null ? 0 : Math.max(0, thread.getPostCount() - read);
    }

    /** "Start a thread" is shown as far as {@link ForumPermissions} allows it. */
    public boolean isMayStartThread() {
        return getBoard() != null && ForumPermissions.of(me.getAccount()).mayStartThread(board).isGranted();
    }

    /** "Dismiss": every thread of this board counts as read. */
    public void markAllRead() {
        reading.readBoard(me.require().getId(), board.getId());
        HttpErrors.redirect(pageUrl(1));
    }

    public Board getBoard() {
        if (board == null) {
            board = PathParameter.current().flatMap(boards::bySlug).orElse(null);
        }
        return board;
    }

    public ResultPage<ForumThread> getThreads() {
        if (threads == null) {
            loadThreads();
        }
        return threads;
    }

    public Account author(ForumThread thread) {
        getThreads();
        return authors.get(thread.getAuthorId());
    }

    public ThreadType[] getTypes() {
        return ThreadType.values();
    }

    public String getType() {
        getThreads();
        return type == null ? "" : type.name();
    }

    public String getTag() {
        getThreads();
        return tag == null ? "" : tag;
    }

    public String getProblem() {
        getThreads();
        return problem;
    }

    /**
     * The query of this page's canonical address: a later page of the whole list is its own
     * address; a filtered list, or a page past the end, points at the board itself.
     */
    public String getCanonicalQuery() {
        ResultPage<ForumThread> shown = getThreads();
        boolean filtered = type != null || tag != null || problem != null;
        return filtered || shown.page() <= 1 || shown.page() > shown.pageCount() ? "" : "page=" + shown.page();
    }

    /** The URL of another page of this list, keeping the filters. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("/boards/").append(board.getSlug()).append("?page=").append(page);
        if (type != null) {
            url.append("&type=").append(type.name().toLowerCase());
        }
        if (tag != null) {
            url.append("&tag=").append(tag);
        }
        return url.toString();
    }

    public List<String> tags(ForumThread thread) {
        return thread.getTags();
    }
}

package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.HttpErrors;
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

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumRepository forum;

    @Inject
    private AccountRepository accounts;

    private Board board;
    private ThreadType type;
    private String tag;
    private ResultPage<ForumThread> threads;
    private Map<Long, Account> authors = Map.of();
    private String problem;

    /** View action: loads the board and a page of its threads, or answers 404. */
    public void load() {
        board = PathParameter.current().flatMap(boards::bySlug).orElse(null);
        if (board == null) {
            HttpErrors.send(404, "No such board");
            return;
        }
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
        threads = forum.threads(board.getId(), type, tag, paging.page(), paging.size());
        authors = accounts.byIds(threads.items().stream().map(ForumThread::getAuthorId).toList());
    }

    public Board getBoard() {
        return board;
    }

    public ResultPage<ForumThread> getThreads() {
        return threads;
    }

    public Account author(ForumThread thread) {
        return authors.get(thread.getAuthorId());
    }

    public ThreadType[] getTypes() {
        return ThreadType.values();
    }

    public String getType() {
        return type == null ? "" : type.name();
    }

    public String getTag() {
        return tag == null ? "" : tag;
    }

    public String getProblem() {
        return problem;
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

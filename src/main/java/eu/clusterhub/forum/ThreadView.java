package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.ConditionalGet;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /threads/{id}: which thread, in which board, and what the caller may do in it. The page's
 * other parts each have their own bean: {@link ThreadPaging} (the page of posts and their
 * rows), {@link ReplyForm} (replying and quoting), {@link PostActions} (accept, helpful,
 * delete), {@link ThreadModerationView} (lock, pin, move), {@link ThreadToolsView} (rename,
 * close, merge, split) and {@link ThreadVisit} (view counts and reading state). Every button they show asks {@link ForumPermissions}, as the
 * services do. Everything is looked up on first use, since a postback evaluates the page
 * before any view action runs.
 */
@Named
@RequestScoped
public class ThreadView {

    @Inject
    private ForumRepository forum;

    @Inject
    private BoardRepository boards;

    @Inject
    private CurrentAccount me;

    @Inject
    private ThreadPaging paging;

    @Inject
    private ReplyForm replyForm;

    @Inject
    private ThreadVisit visit;

    @Inject
    private ThreadRedirects redirects;

    @Inject
    private jakarta.enterprise.inject.Instance<ThreadCards> cardSources;

    private java.util.Optional<ThreadCards.Card> card;

    private ForumThread thread;
    private Board board;
    private ForumPermissions.InThread may;

    /**
     * View action: a 404 for an unknown thread; on a first visit, the unread jump, the reply
     * form's prefill, the view count, and 304 to an anonymous reader whose copy is current.
     */
    public void load() {
        if (getThread() == null) {
            movedOrMissing();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            if (visit.jumpToFirstUnread()) {
                return;
            }
            replyForm.prefill();
            visit.record();
            ConditionalGet.answer(paging.version());
        }
    }

    /**
     * A merged thread's address answers 301 to the thread that took its posts, keeping ?post=
     * (a post link lands on the moved post) and ?view=; the page number of the old thread
     * means nothing there. Anything else is a 404.
     */
    private void movedOrMissing() {
        java.util.Optional<Long> to = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                .flatMap(id -> redirects.target(Long.parseLong(id)));
        if (to.isEmpty()) {
            HttpErrors.send(404, "No such thread");
            return;
        }
        StringBuilder query = new StringBuilder();
        Long post = QueryParameter.id("post");
        if (post != null) {
            query.append("post=").append(post);
        }
        if ("tree".equals(QueryParameter.text("view"))) {
            query.append(query.isEmpty() ? "" : "&").append("view=tree");
        }
        HttpErrors.movedPermanently("/threads/" + to.get() + (query.isEmpty() ? "" : "?" + query)
                + (post == null ? "" : "#post-" + post));
    }

    /** The card another feature shows on top of this thread (the offer or need it discusses), or null. */
    public ThreadCards.Card getCard() {
        if (card == null) {
            card = java.util.Optional.empty();
            for (ThreadCards source : cardSources) {
                card = source.cardFor(getThread().getId(), getBoard().getSlug());
                if (card.isPresent()) {
                    break;
                }
            }
        }
        return card.orElse(null);
    }

    /**
     * The thread of the address; on a postback also the thread a merged one went into, so a
     * form sent from a page opened before the merge (a reply typed meanwhile) acts there
     * instead of being lost to the redirect.
     */
    public ForumThread getThread() {
        if (thread == null) {
            java.util.Optional<Long> id = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}")).map(Long::parseLong);
            thread = id.flatMap(forum::thread)
                    .or(() -> FacesContext.getCurrentInstance().isPostback()
                            ? id.flatMap(redirects::target).flatMap(forum::thread) : java.util.Optional.empty())
                    // hidden or awaiting approval: a 404 to all but its author and moderators
                    .filter(t -> t.isVisibleTo(me.getAccount())).orElse(null);
        }
        return thread;
    }

    public Board getBoard() {
        if (board == null) {
            board = boards.of(getThread());
        }
        return board;
    }

    /** What the caller may do in this thread; the rows, forms and buttons all ask this. */
    public ForumPermissions.InThread getMay() {
        if (may == null) {
            may = ForumPermissions.of(me.getAccount()).in(getThread(), getBoard());
        }
        return may;
    }

    /** What the author (or a moderator) is told about a thread hidden or awaiting approval, or "". */
    public String getModerationNotice() {
        return getThread().getModeration().noticeFor(getThread().getModerationReason());
    }

    /** Locked, or in an archived board: read-only either way. */
    public boolean isClosed() {
        return getMay().isClosed();
    }

    public boolean isMayReply() {
        return getMay().mayReply().isGranted();
    }

    public boolean isMayModerate() {
        return getMay().mayModerate().isGranted();
    }

    /** After an action changed the thread: everything is read again for the page that follows. */
    void reload() {
        thread = null;
        board = null;
        may = null;
        paging.forget();
    }
}

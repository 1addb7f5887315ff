package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.PostingLimits;
import eu.clusterhub.platform.ContentWritten;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Starting threads and replying, as far as {@link ForumPermissions} allows (members with a
 * confirmed email, in open boards and unlocked threads) and the caller's {@link PostingLimits}
 * leave room (threads per hour, replies per minute, links in a new member's post). Each new
 * thread and reply is announced as {@link ContentWritten} before anyone is notified, so the
 * moderation feature may hold it for approval in the same transaction. A reply is written under a lock on
 * its thread's row, so positions and counters stay exact however many members reply at once.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    private static final Logger LOG = Logger.getLogger(ForumService.class.getName());
    /** Replies deeper than this hang under the deepest allowed ancestor instead. */
    static final int MAX_DEPTH = 50;

    @Inject
    private ForumRepository repository;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumNotifications notifications;

    @Inject
    private PostingLimits limits;

    @Inject
    private Event<ContentWritten> written;

    /** A thread with its first post. */
    public ForumThread start(String boardSlug, ThreadRules.NewThread input, Account caller) {
        return start(boardSlug, input, caller, true);
    }

    /**
     * The public thread of a new offer or need: the listing is what the member wrote, so
     * neither the limit of threads nor that of links applies to it (the listing's own rules do).
     */
    public ForumThread startForListing(String boardSlug, ThreadRules.NewThread input, Account caller) {
        return start(boardSlug, input, caller, false);
    }

    private ForumThread start(String boardSlug, ThreadRules.NewThread input, Account caller, boolean limited) {
        ForumPermissions may = ForumPermissions.of(caller);
        may.mayWrite().check();
        Board board = boards.bySlug(boardSlug).orElseThrow(() -> new NotFound("No such board"));
        may.mayStartThread(board).check();
        if (limited) {
            limits.checkLinks("body", input.body(), caller);
            limits.acquire(PostingLimits.Action.THREAD, caller);
        }
        LocalDateTime now = now();
        ForumThread thread = new ForumThread(board.getId(), input.title(), input.type(), input.tags(), caller.getId(),
                input.language(), now);
        repository.add(thread);
        int position = thread.addPost(now);
        Post first = new Post(thread, null, caller.getId(), position, input.body(), input.language(), now);
        repository.add(first);
        if (limited) { // a listing's thread goes with its listing, which announces itself
            written.fire(new ContentWritten("thread", thread.getId(), caller.getId(), input.body()));
        }
        searchOutbox.thread(thread.getId());
        notifications.threadStarted(thread, board, first, caller);
        EventLog.info(LOG, "thread.started", "id=" + thread.getId() + " board=" + board.getSlug() + " by=" + caller.getId());
        return thread;
    }

    /** A reply, to the thread or to one of its posts. */
    public Post reply(long threadId, String body, Long parentId, String language, Account caller) {
        ForumPermissions may = ForumPermissions.of(caller);
        may.mayWrite().check();
        String lang = ThreadRules.language(language);
        String text = ThreadRules.body(body);
        ForumThread thread = repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("No such thread"));
        Board board = boards.of(thread);
        may.in(thread, board).mayReply().check();
        Post parent = parentId == null ? null : repository.post(parentId)
                .filter(p -> p.getThreadId() == threadId)
                .orElseThrow(() -> ValidationFailed.of("parentId", "Reply to a post of this thread"));
        while (parent != null && parent.getDepth() >= MAX_DEPTH) {
            parent = repository.post(parent.getParentId()).orElseThrow();
        }
        limits.checkLinks("body", text, caller);
        limits.acquire(PostingLimits.Action.REPLY, caller);
        LocalDateTime now = now();
        int position = thread.addPost(now);
        Post post = new Post(thread, parent, caller.getId(), position, text, lang, now);
        repository.add(post);
        written.fire(new ContentWritten("post", post.getId(), caller.getId(), text));
        searchOutbox.post(post.getId());
        notifications.replied(thread, board, post, parent, caller);
        return post;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

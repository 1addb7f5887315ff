package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.PostingLimits;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.StaleVersion;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * What happens to a post after it is written: its author edits (every version kept, a
 * stale version refused) or deletes it, the thread's author or a moderator accepts it as
 * the solution, members mark it helpful. Who may do which, and in which state of the thread,
 * is {@link ForumPermissions}' answer. Each change locks the post's row.
 */
@ApplicationScoped
@Transactional
public class PostService {

    private static final Logger LOG = Logger.getLogger(PostService.class.getName());

    @Inject
    private ForumRepository repository;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumNotifications notifications;

    @Inject
    private Event<StaffActionTaken> staffActions;

    @Inject
    private PostingLimits limits;

    /** A new body and, if given, a new language (otherwise the post keeps its own). */
    public Post edit(long postId, String body, String language, long basedOnVersion, Account caller) {
        String text = ThreadRules.body(body);
        Post post = post(postId);
        String lang = language == null ? post.getLanguage() : ThreadRules.language(language);
        ForumThread thread = repository.thread(post.getThreadId()).orElseThrow();
        permissions(caller, thread).mayEdit(post).check();
        limits.checkLinks("body", text, caller);
        if (post.getVersion() != basedOnVersion) {
            throw new StaleVersion("This post was changed after you opened it"
                    + (post.getEditedAt() == null ? "" : " (at " + post.getEditedAt().withNano(0).toString().replace('T', ' ') + " UTC)")
                    + ". Your text was not saved: reload the post and apply your change again.");
        }
        LocalDateTime now = ForumService.now();
        int revisions = repository.revisions(postId).size();
        if (revisions == 0) {
            repository.add(new PostRevision(postId, 1, post.getBodyMarkdown(), post.getAuthorId(), post.getCreatedAt()));
            revisions = 1;
        }
        String before = post.getBodyMarkdown();
        post.edit(text, lang, now);
        notifications.edited(thread, boards.of(thread), post, before, caller);
        if (post.getPosition() == 1) {
            thread.writtenIn(lang); // a thread is in the language of its first post
        }
        repository.add(new PostRevision(postId, revisions + 1, text, caller.getId(), now));
        reindex(post);
        EventLog.info(LOG, "post.edited", "id=" + postId + " by=" + caller.getId());
        return post;
    }

    /**
     * A moderator reviewing a post edits its text: the revision is marked "edited by a
     * moderator". The review item's version guards against two moderators at once; nobody
     * is notified of mentions (the post is not new).
     */
    public Post editAsModerator(long postId, String body, Account moderator) {
        ForumPermissions.of(moderator).mayModerate().check();
        String text = ThreadRules.body(body);
        Post post = post(postId);
        LocalDateTime now = ForumService.now();
        int revisions = repository.revisions(postId).size();
        if (revisions == 0) {
            repository.add(new PostRevision(postId, 1, post.getBodyMarkdown(), post.getAuthorId(), post.getCreatedAt()));
            revisions = 1;
        }
        post.edit(text, post.getLanguage(), now);
        repository.add(new PostRevision(postId, revisions + 1, text, moderator.getId(), now).byModerator());
        reindex(post);
        EventLog.info(LOG, "post.edited", "id=" + postId + " by=" + moderator.getId() + " moderator=true");
        return post;
    }

    /** A moderator removes a post: the placeholder stays, as when its author deletes it. */
    public Post deleteAsModerator(long postId, Account moderator) {
        ForumPermissions.of(moderator).mayModerate().check();
        Post post = post(postId);
        post.delete(ForumService.now());
        reindex(post);
        return post;
    }

    /** A first post is searched as part of its thread; replies on their own. */
    private void reindex(Post post) {
        if (post.getPosition() == 1) {
            searchOutbox.thread(post.getThreadId());
        } else {
            searchOutbox.post(post.getId());
        }
    }

    /** The author (or a moderator) deletes; a placeholder keeps the tree whole. */
    public Post delete(long postId, Account caller) {
        Post post = post(postId);
        permissions(caller, repository.thread(post.getThreadId()).orElseThrow()).mayDelete(post).check();
        post.delete(ForumService.now());
        if (post.getAuthorId() != caller.getId()) { // a moderator deleting someone else's post
            staffActions.fire(StaffActionTaken.of(caller.getId(), ForumStaffActions.POST_DELETE, "post", postId)
                    .change("visible, by account #" + post.getAuthorId() + " in thread " + post.getThreadId(), "deleted"));
        }
        reindex(post);
        EventLog.info(LOG, "post.deleted", "id=" + postId + " by=" + caller.getId());
        return post;
    }

    /** The thread's author or a moderator marks a reply of a question or request as the solution. */
    public ForumThread accept(long postId, Account caller) {
        Post post = post(postId);
        ForumThread thread = repository.threadForUpdate(post.getThreadId()).orElseThrow();
        permissions(caller, thread).mayAccept(post).check();
        Long before = thread.getAcceptedPostId();
        if (!post.getId().equals(before)) {
            notifications.accepted(thread, post, caller);
            if (thread.getAuthorId() != caller.getId()) { // a moderator deciding in someone else's thread
                staffActions.fire(StaffActionTaken.of(caller.getId(), ForumStaffActions.POST_ACCEPT, "post", postId)
                        .change(before == null ? "thread " + thread.getId() + " without a solution"
                                : "thread " + thread.getId() + " solved by post " + before, "the thread's solution"));
            }
        }
        thread.accept(post.getId());
        return thread;
    }

    /** Toggles the caller's "helpful" mark; returns the post with its new count. */
    public HelpfulMark helpful(long postId, Account caller) {
        ForumPermissions.of(caller).mayWrite().check();
        Post post = post(postId);
        permissions(caller, repository.thread(post.getThreadId()).orElseThrow()).mayMarkHelpful(post).check();
        boolean marked = repository.toggleHelpful(postId, caller.getId(), ForumService.now());
        post.helpful(marked ? 1 : -1);
        return new HelpfulMark(post, marked);
    }

    /** A post and whether the caller now marks it helpful. */
    public record HelpfulMark(Post post, boolean marked) {
    }

    /** The post, locked for the change. */
    private Post post(long postId) {
        return repository.postForUpdate(postId).orElseThrow(() -> new NotFound("No such post"));
    }

    private ForumPermissions.InThread permissions(Account caller, ForumThread thread) {
        return ForumPermissions.of(caller).in(thread, boards.of(thread));
    }
}

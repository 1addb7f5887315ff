package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.notification.WatchService;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.StaleVersion;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The moderators' thread tools: rename, close and reopen with a reason, merge a thread into
 * another and split replies off into a new thread. Who may is {@link ForumPermissions}'
 * answer ({@code mayModerate}, and {@code mayRestructure} for merge and split, which also
 * wants open boards); the thread page's tools ask the same.
 *
 * <p>Merge: every post of the merged thread moves into the target with its author, dates,
 * revisions and helpful marks; its first post becomes a top-level reply; the target's posts
 * and the moved ones are numbered again by date (the target's first post stays first). The
 * target keeps its own accepted solution; the merged thread's is dropped (the post stays, as
 * a reply: it answered another question). Watches move to the target, reading state follows
 * the posts, the merged thread is deleted and leaves a redirect ({@link ThreadRedirects}).
 * A listing's thread (an offer or need) is neither merged nor merged into: the listing
 * points at its thread.
 *
 * <p>Split: the chosen replies move into a new thread (same board, or another open one); the
 * earliest becomes its first post and gives the thread its author and date; replies whose
 * parent stayed behind become top level (on both sides). An accepted solution that leaves
 * is dropped. Whoever follows the thread follows the new one at the same level.
 *
 * <p>Each change locks the threads' rows (in id order, so two merges cannot deadlock) and
 * tells search, and the new tools each announce a {@link StaffActionTaken}; close and reopen
 * are {@link ThreadModeration#lock}, which announces itself.
 */
@ApplicationScoped
@Transactional
public class ThreadTools {

    static final int MAX_REASON = 500;
    private static final Logger LOG = Logger.getLogger(ThreadTools.class.getName());

    @Inject
    private ForumRepository repository;

    @Inject
    private BoardRepository boards;

    @Inject
    private PostMoves posts;

    @Inject
    private ReadingState reading;

    @Inject
    private ThreadRedirects redirects;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private WatchService watches;

    @Inject
    private ThreadModeration moderation;

    @Inject
    private Instance<ThreadCards> cards;

    @Inject
    private Event<StaffActionTaken> staffActions;

    /** A new title; with a version, refused when the thread changed since. */
    public ForumThread rename(long threadId, String title, Long version, String reason, Account caller) {
        ForumPermissions.of(caller).mayModerate().check();
        String clean = ThreadRules.title(title);
        String why = reason(reason);
        ForumThread thread = locked(threadId);
        current(thread, version);
        String before = thread.getTitle();
        if (before.equals(clean)) {
            return thread;
        }
        thread.retitle(clean);
        searchOutbox.threadWithReplies(threadId); // every reply is found under its thread's title
        staffActions.fire(StaffActionTaken.of(caller.getId(), "thread.rename", "thread", threadId).because(why)
                .change(before, clean));
        EventLog.info(LOG, "thread.renamed", "id=" + threadId + " by=" + caller.getId());
        return thread;
    }

    /** Locks the thread ({@link ThreadModeration#lock}) and shows the reason on it. */
    public ForumThread close(long threadId, String reason, Account caller) {
        ForumPermissions.of(caller).mayModerate().check();
        String why = reason(reason);
        ForumThread thread = moderation.lock(threadId, true, caller, why);
        thread.closedBecause(why);
        return thread;
    }

    /** Unlocks the thread; its closing reason goes. */
    public ForumThread reopen(long threadId, Account caller) {
        return moderation.lock(threadId, false, caller);
    }

    /** Every post of {@code sourceId} into {@code targetId}; returns the target. */
    public ForumThread merge(long sourceId, Long targetId, Long version, String reason, Account caller) {
        ForumPermissions may = ForumPermissions.of(caller);
        may.mayModerate().check();
        if (targetId == null) {
            throw ValidationFailed.of("into", "Name the thread to merge into (its number or address)");
        }
        if (targetId == sourceId) {
            throw ValidationFailed.of("into", "A thread cannot be merged into itself");
        }
        String why = reason(reason);
        // both rows locked, lower id first: two merges of the same pair queue up instead of deadlocking
        ForumThread lower = repository.threadForUpdate(Math.min(sourceId, targetId)).orElse(null);
        ForumThread higher = repository.threadForUpdate(Math.max(sourceId, targetId)).orElse(null);
        ForumThread source = sourceId < targetId ? lower : higher;
        ForumThread target = sourceId < targetId ? higher : lower;
        if (source == null) {
            throw redirects.target(sourceId)
                    .<RuntimeException>map(to -> new Conflict("Thread merged", "This thread was already merged into thread " + to))
                    .orElseGet(() -> new NotFound("No such thread"));
        }
        if (target == null) {
            throw ValidationFailed.of("into", redirects.target(targetId)
                    .map(to -> "Thread " + targetId + " was merged into thread " + to + ": merge into that one")
                    .orElse("No thread " + targetId));
        }
        current(source, version);
        Board sourceBoard = boards.of(source);
        Board targetBoard = boards.of(target);
        may.in(source, sourceBoard).mayRestructure().check();
        may.in(target, targetBoard).mayRestructure().check();
        notAListingThread(source, sourceBoard, "merged");
        notAListingThread(target, targetBoard, "merged into");

        String before = "thread " + sourceId + " \"" + source.getTitle() + "\" (" + source.getPostCount() + " posts, board "
                + sourceBoard.getSlug() + ")";
        List<PostMoves.PostRow> rows = posts.of(List.of(targetId, sourceId));
        List<PostMoves.PostRow> order = new ArrayList<>();
        List<PostMoves.PostRow> rest = new ArrayList<>();
        for (PostMoves.PostRow row : rows) {
            if (row.threadId() == targetId && row.position() == 1) {
                order.add(row);
            } else {
                rest.add(row);
            }
        }
        rest.sort(PostMoves.BY_DATE);
        order.addAll(rest);
        List<Long> moved = rows.stream().filter(r -> r.threadId() == sourceId).map(PostMoves.PostRow::id).toList();
        Map<Long, Map<Long, Integer>> readers = reading.readers(List.of(targetId, sourceId));

        posts.arrange(targetId, order);
        reading.rearranged(targetId, order, readers, false);
        target.recount(order.size(), lastPostAt(order));
        watches.threadMerged(sourceId, targetId);
        LocalDateTime now = ForumService.now();
        redirects.merged(sourceId, targetId, caller.getId(), now);
        searchOutbox.thread(sourceId); // gone: its document leaves the index
        moved.forEach(searchOutbox::post); // found again, each under the target
        staffActions.fire(StaffActionTaken.of(caller.getId(), "thread.merge", "thread", sourceId).because(why)
                .change(before, "merged into thread " + targetId + " \"" + target.getTitle() + "\" (now " + order.size()
                        + " posts); moved posts " + ids(moved)));
        repository.remove(source);
        EventLog.info(LOG, "thread.merged", "id=" + sourceId + " into=" + targetId + " posts=" + moved.size()
                + " by=" + caller.getId());
        return target;
    }

    /**
     * The replies {@code postIds} of the thread into a new thread titled {@code title}, on the
     * board {@code boardSlug} (null: the same board); returns the new thread.
     */
    public ForumThread split(long threadId, List<Long> postIds, String title, String boardSlug, Long version, String reason,
                             Account caller) {
        ForumPermissions may = ForumPermissions.of(caller);
        may.mayModerate().check();
        String cleanTitle = ThreadRules.title(title);
        if (postIds == null || postIds.isEmpty()) {
            throw ValidationFailed.of("postIds", "Choose at least one reply to split off");
        }
        Set<Long> chosen = new HashSet<>();
        for (Long id : postIds) {
            if (id == null || !chosen.add(id)) {
                throw ValidationFailed.of("postIds", "Post " + id + " is listed twice");
            }
        }
        String why = reason(reason);
        ForumThread thread = locked(threadId);
        current(thread, version);
        Board board = boards.of(thread);
        may.in(thread, board).mayRestructure().check();
        Board into = board;
        if (boardSlug != null && !boardSlug.isBlank()) {
            into = boards.bySlug(boardSlug.strip()).orElseThrow(() -> ValidationFailed.of("board", "No such board"));
            may.mayMoveInto(into).check();
        }

        List<PostMoves.PostRow> rows = posts.of(List.of(threadId));
        Map<Long, PostMoves.PostRow> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        for (Long id : postIds) {
            PostMoves.PostRow row = byId.get(id);
            if (row == null) {
                throw ValidationFailed.of("postIds", repository.post(id).isPresent()
                        ? "Post " + id + " is not in this thread" : "No post " + id);
            }
            if (row.position() == 1) {
                throw ValidationFailed.of("postIds", "Post " + id + " is the thread's first post: it stays, split off replies");
            }
        }
        List<PostMoves.PostRow> moving = rows.stream().filter(r -> chosen.contains(r.id())).sorted(PostMoves.BY_DATE).toList();
        List<PostMoves.PostRow> staying = rows.stream().filter(r -> !chosen.contains(r.id()))
                .sorted(Comparator.comparingInt(PostMoves.PostRow::position)).toList();
        PostMoves.PostRow first = moving.get(0);
        String before = "thread " + threadId + " \"" + thread.getTitle() + "\" (" + rows.size() + " posts)";

        ForumThread split = new ForumThread(into.getId(), cleanTitle, thread.getType(), thread.getTags(), first.authorId(),
                first.language(), first.createdAt());
        repository.add(split);
        Map<Long, Map<Long, Integer>> readers = reading.readers(List.of(threadId));
        posts.arrange(split.getId(), moving);
        posts.arrange(threadId, staying);
        split.recount(moving.size(), lastPostAt(moving));
        thread.recount(staying.size(), lastPostAt(staying));
        if (thread.getAcceptedPostId() != null && chosen.contains(thread.getAcceptedPostId())) {
            thread.accept(null); // it answered the question that stays here
        }
        reading.rearranged(threadId, staying, readers, false);
        reading.rearranged(split.getId(), moving, readers, true);
        watches.threadSplit(threadId, split.getId());
        searchOutbox.thread(split.getId());
        moving.forEach(r -> searchOutbox.post(r.id())); // the new first post leaves the replies; the others follow their thread
        List<Long> movedIds = moving.stream().map(PostMoves.PostRow::id).toList();
        staffActions.fire(StaffActionTaken.of(caller.getId(), "thread.split", "thread", threadId).because(why)
                .change(before, "posts " + ids(movedIds) + " moved to new thread " + split.getId() + " \"" + cleanTitle
                        + "\" in board " + into.getSlug() + "; " + staying.size() + " posts stay"));
        EventLog.info(LOG, "thread.split", "id=" + threadId + " new=" + split.getId() + " posts=" + movedIds.size()
                + " by=" + caller.getId());
        return split;
    }

    /** A card another feature shows on the thread (an offer's or need's) means that feature points at it. */
    private void notAListingThread(ForumThread thread, Board board, String what) {
        for (ThreadCards source : cards) {
            source.cardFor(thread.getId(), board.getSlug()).ifPresent(card -> {
                throw new Conflict("Listing thread", "Thread " + thread.getId() + " is the discussion of "
                        + card.kind().toLowerCase(java.util.Locale.ROOT) + " \"" + card.title() + "\": it cannot be " + what);
            });
        }
    }

    private ForumThread locked(long threadId) {
        return repository.threadForUpdate(threadId).orElseThrow(() -> new NotFound("No such thread"));
    }

    private static void current(ForumThread thread, Long version) {
        if (version != null && version != thread.getVersion()) {
            throw new StaleVersion("Thread " + thread.getId() + " changed after you opened it (a reply, a rename or another"
                    + " moderator's action): reload it and decide again");
        }
    }

    /** An optional reason, at most {@value #MAX_REASON} characters; blank is none. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String clean = reason.strip();
        if (clean.length() > MAX_REASON) {
            throw ValidationFailed.of("reason", "Use at most " + MAX_REASON + " characters (this has " + clean.length() + ")");
        }
        return clean;
    }

    private static LocalDateTime lastPostAt(List<PostMoves.PostRow> rows) {
        return rows.stream().map(PostMoves.PostRow::createdAt).max(LocalDateTime::compareTo).orElseThrow();
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

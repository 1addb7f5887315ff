package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.notification.Handles;
import eu.clusterhub.notification.NewEvent;
import eu.clusterhub.notification.NotificationEvents;
import eu.clusterhub.notification.NotificationKind;
import eu.clusterhub.notification.WatchLevel;
import eu.clusterhub.notification.WatchService;
import eu.clusterhub.notification.WatchTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * What the forum tells the notification feature, inside the transaction of the post: a new
 * thread (to the board's watchers at "watching" and "new threads"), a reply (to the author of
 * the post replied to, or of the thread for a flat reply; as a quote when it quotes that
 * post; and to the watchers of the thread and, at "watching", of the board), the members a
 * post mentions by handle who may read the board, and an accepted answer (to its author).
 * Writing in a thread watches it. Who finally gets what (never the actor, nobody who muted
 * the thread, no suspended account) is the fan-out's rule.
 */
@ApplicationScoped
public class ForumNotifications {

    static final int SUMMARY = 200;

    @Inject
    private NotificationEvents events;

    @Inject
    private WatchService watches;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ForumRepository forum;

    @Inject
    private BoardRepository boards;

    /** A held thread or reply was approved: its notifications go out now, as when it was written. */
    void onApproved(@jakarta.enterprise.event.Observes eu.clusterhub.platform.ItemApproved approved) {
        if ("thread".equals(approved.targetType())) {
            forum.thread(approved.targetId()).ifPresent(thread -> forum.postAt(thread.getId(), 1).ifPresent(first ->
                    accounts.byId(thread.getAuthorId()).ifPresent(author -> threadStarted(thread, boards.of(thread), first, author))));
        } else if ("post".equals(approved.targetType())) {
            forum.post(approved.targetId()).filter(p -> p.getPosition() > 1).ifPresent(post -> {
                ForumThread thread = forum.thread(post.getThreadId()).orElseThrow();
                Post parent = post.getParentId() == null ? null : forum.post(post.getParentId()).orElse(null);
                accounts.byId(post.getAuthorId()).ifPresent(author -> replied(thread, boards.of(thread), post, parent, author));
            });
        }
    }

    void threadStarted(ForumThread thread, Board board, Post first, Account author) {
        if (!thread.isVisible() || !first.isVisible()) {
            return; // held for approval: told when a moderator approves it
        }
        watches.joined(author.getId(), thread.getId());
        events.raise(NewEvent.of(NotificationKind.BOARD_THREAD, author.getId(), "post", first.getId())
                .target("thread", thread.getId(), link(first), thread.getTitle())
                .thread(thread.getId())
                .summary(excerpt(first.getBodyMarkdown()))
                .to(mentioned(first.getBodyMarkdown(), board), NotificationKind.MENTION)
                .watchersOf(WatchTarget.board(board.getId()), NotificationKind.BOARD_THREAD, WatchLevel.WATCHING, WatchLevel.NEW_THREADS));
    }

    void replied(ForumThread thread, Board board, Post post, Post parent, Account author) {
        if (!thread.isVisible() || !post.isVisible()) {
            return; // held for approval: told when a moderator approves it
        }
        watches.joined(author.getId(), thread.getId());
        long repliedTo = parent == null ? thread.getAuthorId() : parent.getAuthorId();
        boolean quote = parent != null && Handles.quotes(post.getBodyMarkdown());
        events.raise(NewEvent.of(NotificationKind.THREAD_POST, author.getId(), "post", post.getId())
                .target("thread", thread.getId(), link(post), thread.getTitle())
                .thread(thread.getId())
                .summary(excerpt(post.getBodyMarkdown()))
                .to(mentioned(post.getBodyMarkdown(), board), NotificationKind.MENTION)
                .to(repliedTo, quote ? NotificationKind.QUOTE : NotificationKind.REPLY)
                .watchersOf(WatchTarget.thread(thread.getId()), NotificationKind.THREAD_POST, WatchLevel.WATCHING)
                .watchersOf(WatchTarget.board(board.getId()), NotificationKind.BOARD_POST, WatchLevel.WATCHING));
    }

    /** An edit that names members the post did not name before: they are told, the others not again. */
    void edited(ForumThread thread, Board board, Post post, String before, Account author) {
        List<Long> now = new java.util.ArrayList<>(mentioned(post.getBodyMarkdown(), board));
        now.removeAll(mentioned(before, board));
        if (now.isEmpty() || !post.isVisible() || !thread.isVisible()) {
            return;
        }
        events.raise(NewEvent.of(NotificationKind.MENTION, author.getId(), "post", post.getId())
                .target("thread", thread.getId(), link(post), thread.getTitle())
                .thread(thread.getId())
                .summary(excerpt(post.getBodyMarkdown()))
                .to(now, NotificationKind.MENTION));
    }

    void accepted(ForumThread thread, Post post, Account caller) {
        events.raise(NewEvent.of(NotificationKind.ACCEPTED, caller.getId(), "post", post.getId())
                .target("thread", thread.getId(), link(post), thread.getTitle())
                .thread(thread.getId())
                .summary(excerpt(post.getBodyMarkdown()))
                .to(post.getAuthorId(), NotificationKind.ACCEPTED));
    }

    /** The accounts a text mentions by their exact handle, of those who may read the board. */
    private List<Long> mentioned(String markdown, Board board) {
        Map<Long, String> handles = Handles.mentioned(markdown);
        if (handles.isEmpty()) {
            return List.of();
        }
        return accounts.byIds(handles.keySet()).values().stream()
                .filter(a -> Handles.of(a.getDisplayName(), a.getId()).equals(handles.get(a.getId())))
                .filter(a -> ForumPermissions.of(a).mayRead(board).isGranted())
                .map(Account::getId)
                .toList();
    }

    private static String link(Post post) {
        return "/threads/" + post.getThreadId() + "?post=" + post.getId() + "#post-" + post.getId();
    }

    /** The start of a post as plain text: no quoted lines, no Markdown marks. */
    static String excerpt(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : (markdown == null ? "" : markdown).split("\n")) {
            String l = line.strip();
            if (l.startsWith(">") || l.startsWith("```") || l.isEmpty()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(l);
            if (text.length() > SUMMARY * 2) {
                break;
            }
        }
        String plain = text.toString()
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("[*_`#~]+", "")
                .replaceAll("^[-+] ", "")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= SUMMARY ? plain : plain.substring(0, SUMMARY - 1).stripTrailing() + "…";
    }
}

package eu.clusterhub.notification;

import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An event as a feature describes it to {@link NotificationEvents#raise}: what happened
 * (kind, actor, subject), what the notifications link to (target: type, id, path, title;
 * the thread it belongs to, which groups the notifications page and lets muting silence it),
 * a one-line summary, and who is concerned: accounts named explicitly ({@link #to}), and the
 * watchers of a thread or board at some levels ({@link #watchersOf}), resolved at fan-out.
 * <pre>
 * NewEvent.of(NotificationKind.THREAD_POST, authorId, "post", postId)
 *         .target("thread", threadId, "/threads/7?post=9#post-9", "Valves for ventilators")
 *         .thread(threadId).summary("We can print 200 a week")
 *         .to(parentAuthorId, NotificationKind.REPLY)
 *         .watchersOf(WatchTarget.thread(threadId), NotificationKind.THREAD_POST, WatchLevel.WATCHING)
 * </pre>
 */
public final class NewEvent {

    static final int MAX_TITLE = 250;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_URL = 500;

    final NotificationKind kind;
    final Long actorId;
    final String subjectType;
    final long subjectId;
    private String targetType;
    private long targetId;
    private String url;
    private String title = "";
    private Long threadId;
    private String summary = "";
    private final List<Recipients.Candidate> addressed = new ArrayList<>();
    private final JsonArrayBuilder watchers = Jsons.array();

    private NewEvent(NotificationKind kind, Long actorId, String subjectType, long subjectId) {
        this.kind = kind;
        this.actorId = actorId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.targetType = subjectType;
        this.targetId = subjectId;
    }

    public static NewEvent of(NotificationKind kind, Long actorId, String subjectType, long subjectId) {
        return new NewEvent(kind, actorId, subjectType, subjectId);
    }

    /** What the notification links to; the path is relative to the portal (e.g. /threads/7#post-9). */
    public NewEvent target(String type, long id, String path, String title) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A notification links to a path of the portal, not " + path);
        }
        this.targetType = type;
        this.targetId = id;
        this.url = cut(path, MAX_URL);
        this.title = cut(title, MAX_TITLE);
        return this;
    }

    public NewEvent thread(long threadId) {
        this.threadId = threadId;
        return this;
    }

    public NewEvent summary(String text) {
        this.summary = cut(text, MAX_SUMMARY);
        return this;
    }

    public NewEvent to(long accountId, NotificationKind kind) {
        addressed.add(new Recipients.Candidate(accountId, kind));
        return this;
    }

    public NewEvent to(Collection<Long> accountIds, NotificationKind kind) {
        accountIds.forEach(id -> to(id, kind));
        return this;
    }

    /** Everyone watching the target at one of the levels gets a notification of this kind. */
    public NewEvent watchersOf(WatchTarget target, NotificationKind kind, WatchLevel... levels) {
        JsonArrayBuilder codes = Jsons.array();
        for (WatchLevel level : levels) {
            codes.add(level.code());
        }
        watchers.add(Jsons.object().add("key", target.key()).add("levels", codes).add("kind", kind.code()));
        return this;
    }

    /** The stored payload; {@link EventPayload} reads it back. */
    JsonObject payload() {
        if (url == null) {
            throw new IllegalStateException("An event needs a target to link to");
        }
        JsonArrayBuilder to = Jsons.array();
        addressed.forEach(c -> to.add(Jsons.object().add("account", c.accountId()).add("kind", c.kind().code())));
        JsonObjectBuilder payload = Jsons.object()
                .add("target", Jsons.object().add("type", targetType).add("id", targetId).add("url", url).add("title", title))
                .add("summary", summary)
                .add("to", to)
                .add("watchers", watchers);
        if (threadId != null) {
            payload.add("thread", threadId);
        }
        return payload.build();
    }

    static String cut(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
    }
}

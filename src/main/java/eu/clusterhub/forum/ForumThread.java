package eu.clusterhub.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread on a board. Its counters (posts, replies, last activity) change only while the
 * row is locked for a new post, so they stay exact under concurrent replies.
 */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ThreadType type;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = 2)
    private String language;

    @ElementCollection
    @CollectionTable(name = "thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag", length = 40)
    @OrderBy
    private List<String> tags = new ArrayList<>();

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    /** Why a moderator closed (locked) the thread, shown on it; null when none was given or it is open. */
    @Column(name = "closed_reason", length = 500)
    private String closedReason;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private eu.clusterhub.platform.ModerationState moderation = eu.clusterhub.platform.ModerationState.VISIBLE;

    @Column(name = "moderation_reason", length = 500)
    private String moderationReason;

    @Version
    private long version;

    protected ForumThread() {
        // for JPA
    }

    ForumThread(long boardId, String title, ThreadType type, List<String> tags, long authorId, String language,
                LocalDateTime now) {
        this.boardId = boardId;
        this.title = title;
        this.type = type;
        this.tags.addAll(tags);
        this.authorId = authorId;
        this.language = language;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** Counts a new post and returns its position (1 for the first post). */
    int addPost(LocalDateTime at) {
        postCount++;
        replyCount = postCount - 1;
        lastActivityAt = at;
        return postCount;
    }

    void accept(Long postId) {
        acceptedPostId = postId;
    }

    void moveTo(long boardId) {
        this.boardId = boardId;
    }

    void writtenIn(String language) {
        this.language = language;
    }

    void lock(boolean value) {
        locked = value;
        if (!value) {
            closedReason = null;
        }
    }

    /** The reason shown on the closed thread (null for none); see {@link ThreadTools#close}. */
    void closedBecause(String reason) {
        closedReason = reason;
    }

    void retitle(String value) {
        title = value;
    }

    /** After posts moved in or out (merge, split): the counters from the posts the thread now has. */
    void recount(int posts, LocalDateTime lastPostAt) {
        postCount = posts;
        replyCount = Math.max(0, posts - 1);
        lastActivityAt = lastPostAt;
    }

    void pin(boolean value) {
        pinned = value;
    }

    public Long getId() {
        return id;
    }

    public long getBoardId() {
        return boardId;
    }

    public String getTitle() {
        return title;
    }

    public ThreadType getType() {
        return type;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getLanguage() {
        return language;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public int getPostCount() {
        return postCount;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public long getViewCount() {
        return viewCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isSolved() {
        return acceptedPostId != null;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Long getAcceptedPostId() {
        return acceptedPostId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    public long getVersion() {
        return version;
    }
    /** Set by the moderation feature only (hold, hide, approve, keep). */
    public void moderate(eu.clusterhub.platform.ModerationState state, String reason) {
        moderation = state;
        moderationReason = state.reasonKept(reason);
    }

    public eu.clusterhub.platform.ModerationState getModeration() {
        return moderation;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    /** Shown to everyone (not held for approval, not hidden). */
    public boolean isVisible() {
        return moderation.isVisible();
    }

    /** Whether this account may see the item: visible, or its author, or a moderator. */
    public boolean isVisibleTo(eu.clusterhub.account.Account viewer) {
        return eu.clusterhub.account.Account.sees(viewer, moderation, authorId);
    }
}

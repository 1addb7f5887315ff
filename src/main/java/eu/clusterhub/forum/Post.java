package eu.clusterhub.forum;

import eu.clusterhub.platform.Markdown;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * A post in a thread. Its position orders the flat view; its tree path (the positions from
 * the thread's first post down, each as six base-36 digits) orders the nested view. The
 * body is rendered to sanitized HTML once, when it is written.
 */
@Entity
@Table(name = "post")
@NamedQuery(name = Post.PAGE, query = "SELECT p FROM Post p WHERE p.threadId = :thread"
        + " AND p.position BETWEEN :first AND :last ORDER BY p.position",
        hints = @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE))
public class Post {

    /** A page of the flat view: the posts at positions first..last. */
    static final String PAGE = "Post.page";
    static final int SEGMENT = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "tree_path", nullable = false, length = 700, updatable = false)
    private String treePath;

    @Column(nullable = false, updatable = false)
    private int depth;

    @Lob
    @Basic(fetch = FetchType.LAZY) // pages show bodyHtml; the source is read to edit, quote and diff
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private eu.clusterhub.platform.ModerationState moderation = eu.clusterhub.platform.ModerationState.VISIBLE;

    @Column(name = "moderation_reason", length = 500)
    private String moderationReason;

    @Version
    private long version;

    protected Post() {
        // for JPA
    }

    Post(ForumThread thread, Post parent, long authorId, int position, String markdown, String language, LocalDateTime now) {
        this.threadId = thread.getId();
        this.parentId = parent == null ? null : parent.getId();
        this.authorId = authorId;
        this.position = position;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.treePath = (parent == null ? "" : parent.treePath + ".") + segment(position);
        this.bodyMarkdown = markdown;
        this.bodyHtml = Markdown.toSafeHtml(markdown);
        this.language = language;
        this.createdAt = now;
    }

    /** Takes an edited body; the caller keeps the revision. */
    void edit(String markdown, String language, LocalDateTime now) {
        bodyMarkdown = markdown;
        this.language = language;
        bodyHtml = Markdown.toSafeHtml(markdown);
        editedAt = now;
    }

    /** Deleted by its author: the row stays as a placeholder so replies keep their place in the tree. */
    void delete(LocalDateTime now) {
        deletedAt = now;
    }

    void helpful(int delta) {
        helpfulCount += delta;
    }

    /** Six base-36 digits, so paths sort as text in the order of positions (up to 2 billion). */
    static String segment(int position) {
        String digits = Integer.toString(position, 36);
        return "0".repeat(SEGMENT - digits.length()) + digits;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public int getPosition() {
        return position;
    }

    public String getTreePath() {
        return treePath;
    }

    public int getDepth() {
        return depth;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getLanguage() {
        return language;
    }

    public int getHelpfulCount() {
        return helpfulCount;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
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

package eu.clusterhub.forum;

import eu.clusterhub.platform.ModerationState;
import static eu.clusterhub.platform.web.HtmlText.escape;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Organisation;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One post as the thread page shows it. The read-only part of the row (author, date,
 * body, links) is written here as HTML, escaped, in one pass: with 50 posts a page, an EL
 * expression per detail was most of the page's cost. Only the buttons that post back stay
 * components in the view.
 */
public final class PostRow {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** What the viewer may do with a post, as {@link ForumPermissions} answered. */
    record Permissions(boolean reply, boolean edit, boolean delete, boolean markHelpful, boolean accept, boolean flag) {

        Permissions(boolean reply, boolean edit, boolean delete, boolean markHelpful, boolean accept) {
            this(reply, edit, delete, markHelpful, accept, false);
        }
    }

    /** Where the row's links point: the site's context path, the thread and the page shown. */
    record Links(String contextPath, long threadId, int page) {
    }

    private final Post post;
    private final Account author;
    private final String cssClass;
    private final boolean accepted;
    private final Permissions may;
    private final Links links;
    /** Whether the viewer sees the text of a post hidden or awaiting approval (its author, moderators). */
    private final boolean shown;

    PostRow(Post post, Account author, String cssClass, boolean accepted, Permissions may, Links links) {
        this(post, author, cssClass, accepted, may, links, true);
    }

    PostRow(Post post, Account author, String cssClass, boolean accepted, Permissions may, Links links, boolean shown) {
        this.shown = shown;
        this.post = post;
        this.author = author;
        this.cssClass = cssClass;
        this.accepted = accepted;
        this.may = may;
        this.links = links;
    }

    public long getId() { return post.getId(); }
    public String getCssClass() { return cssClass; }
    public boolean isMayMarkHelpful() { return may.markHelpful(); }
    public boolean isMayAccept() { return may.accept(); }
    public boolean isMayDelete() { return may.delete(); }

    /** Whether the row has a button that posts back (helpful, accept, delete): those stay components. */
    boolean hasButtons() {
        return may.markHelpful() || may.accept() || may.delete();
    }

    /** The whole list item of a row without buttons, as the page's repeat would write it. */
    void appendItem(StringBuilder html) {
        html.append("<li class=\"").append(cssClass).append("\" id=\"post-").append(post.getId()).append("\">")
                .append(getContentHtml()).append("<p class=\"post__actions\">").append(getActionsHtml()).append("</p></li>");
    }

    /** The author line and the body (or the placeholder of a deleted post). */
    public String getContentHtml() {
        StringBuilder html = new StringBuilder(post.getBodyHtml().length() + 600);
        html.append("<p class=\"post__meta\">");
        memberName(html, author);
        html.append(" · <a href=\"").append(links.contextPath()).append("/threads/").append(links.threadId())
                .append("?page=").append(links.page()).append("#post-").append(post.getId()).append("\">")
                .append(WRITTEN.format(post.getCreatedAt())).append("</a>");
        if (post.getEditedAt() != null && !post.isDeleted()) {
            html.append(" · <a class=\"history-link\" href=\"").append(links.contextPath()).append("/post-history/")
                    .append(post.getId()).append("\">edited</a>");
        }
        if (accepted) {
            html.append(" · <strong>accepted solution</strong>");
        }
        html.append("</p>");
        if (post.isDeleted()) {
            html.append("<p class=\"post__deleted\">Deleted by its author.</p>");
        } else if (!post.isVisible() && !shown) {
            html.append("<p class=\"post__deleted post__moderated\">").append(post.getModeration() == ModerationState.PENDING
                    ? "This post is awaiting a moderator's approval." : "This post was hidden by a moderator.").append("</p>");
        } else {
            if (!post.isVisible()) {
                html.append("<p class=\"notice post__moderation-notice\" role=\"status\">")
                        .append(escape(post.getModeration().noticeFor(post.getModerationReason()))).append("</p>");
            }
            // bodyHtml was sanitized when the post was written
            html.append("<div class=\"prose post__body\" lang=\"").append(escape(post.getLanguage())).append("\">")
                    .append(post.getBodyHtml()).append("</div>");
        }
        return html.toString();
    }

    /**
     * The helpful count and the reply, quote and edit links, as far as the viewer may use
     * them. A deleted post can be replied to (its place in the tree stays) but has no text to quote.
     */
    public String getActionsHtml() {
        StringBuilder html = new StringBuilder(400);
        if (post.getHelpfulCount() > 0) {
            html.append("<span class=\"helpful-count\">").append(post.getHelpfulCount()).append(" found this helpful</span> ");
        }
        String thread = links.contextPath() + "/threads/" + links.threadId();
        if (may.reply()) {
            html.append("<a class=\"reply-link\" href=\"").append(thread).append("?replyTo=").append(post.getId()).append("#reply\">Reply</a> ");
            if (!post.isDeleted()) {
                html.append("<a class=\"quote-link\" href=\"").append(thread).append("?quote=").append(post.getId()).append("#reply\">Quote</a> ");
            }
        }
        if (may.edit()) {
            html.append("<a class=\"edit-link\" href=\"").append(links.contextPath()).append("/edit-post/").append(post.getId())
                    .append("\">Edit</a> ");
        }
        if (may.flag() && !post.isDeleted()) {
            html.append("<a class=\"flag-link\" href=\"").append(links.contextPath()).append("/flag?type=post&amp;id=")
                    .append(post.getId()).append("\" aria-label=\"Report this post to the moderators\">Report</a> ");
        }
        return html.toString();
    }

    /** As WEB-INF/includes/member-name.xhtml shows a member elsewhere. */
    private static void memberName(StringBuilder html, Account account) {
        html.append("<span class=\"member-name\"><span class=\"member-name__name\">")
                .append(account == null ? "" : escape(account.getDisplayName())).append("</span>");
        Organisation organisation = account == null ? null : account.getOrganisation();
        if (organisation != null) {
            html.append(" <span class=\"member-name__org\">· ").append(escape(organisation.getName())).append("</span>");
            if (organisation.isVerified()) {
                html.append(" <span class=\"badge badge-verified\" title=\"A moderator verified this organisation\">verified</span>");
            }
        }
        html.append("</span>");
    }
}

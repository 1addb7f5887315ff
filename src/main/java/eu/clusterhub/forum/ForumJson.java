package eu.clusterhub.forum;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.account.Account;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** The JSON shapes of boards, threads and posts in the API. */
final class ForumJson {

    private ForumJson() {
    }

    static JsonObjectBuilder board(Board board, ForumRepository.BoardStats stats) {
        return Jsons.object()
                .add("id", board.getId())
                .add("slug", board.getSlug())
                .add("name", board.getName())
                .add("description", board.getDescription())
                .add("archived", board.isArchived())
                .add("position", board.getPosition())
                .add("version", board.getVersion())
                .add("threadCount", stats == null ? 0 : stats.threads())
                .add("postCount", stats == null ? 0 : stats.posts())
                .add("lastActivityAt", stats == null ? JsonValue.NULL : time(stats.lastActivityAt()));
    }

    static JsonObjectBuilder thread(ForumThread t, Map<Long, Account> authors) {
        JsonArrayBuilder tags = Jsons.array();
        t.getTags().forEach(tags::add);
        return Jsons.object()
                .add("id", t.getId())
                .add("title", t.getTitle())
                .add("type", t.getType().name())
                .add("tags", tags)
                .add("language", t.getLanguage())
                .add("author", author(authors.get(t.getAuthorId()), t.getAuthorId()))
                .add("replyCount", t.getReplyCount())
                .add("createdAt", time(t.getCreatedAt()))
                .add("lastActivityAt", time(t.getLastActivityAt()))
                .add("pinned", t.isPinned())
                .add("locked", t.isLocked())
                .add("solved", t.isSolved())
                .add("moderation", t.getModeration().name().toLowerCase(java.util.Locale.ROOT))
                .add("moderationNotice", t.getModeration().noticeFor(t.getModerationReason()));
    }

    static JsonObjectBuilder post(Post p, Map<Long, Account> authors) {
        return post(p, authors, true);
    }

    /**
     * A post as a viewer sees it: a post hidden or awaiting approval keeps its place, its
     * text only for its author and moderators (who also see the moderator's reason).
     */
    static JsonObjectBuilder post(Post p, Map<Long, Account> authors, Account viewer) {
        return post(p, authors, p.isVisibleTo(viewer));
    }

    private static JsonObjectBuilder post(Post p, Map<Long, Account> authors, boolean shown) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", p.getId())
                .add("parentId", p.getParentId() == null ? JsonValue.NULL : Jsons.value(p.getParentId()))
                .add("position", p.getPosition())
                .add("depth", p.getDepth())
                .add("author", author(authors.get(p.getAuthorId()), p.getAuthorId()))
                .add("bodyHtml", p.isDeleted() || !shown ? "" : p.getBodyHtml())
                .add("language", p.getLanguage())
                .add("createdAt", time(p.getCreatedAt()))
                .add("editedAt", p.getEditedAt() == null ? JsonValue.NULL : time(p.getEditedAt()))
                .add("helpfulCount", p.getHelpfulCount())
                .add("deleted", p.isDeleted())
                .add("version", p.getVersion())
                .add("moderation", p.getModeration().name().toLowerCase(java.util.Locale.ROOT));
        if (shown && !p.isVisible()) {
            json.add("moderationNotice", p.getModeration().noticeFor(p.getModerationReason()));
        }
        return json;
    }

    static JsonObjectBuilder author(Account account, long id) {
        JsonObjectBuilder json = Jsons.object().add("id", id);
        if (account == null) {
            return json.add("displayName", "Deleted user").add("organisation", JsonValue.NULL).add("verified", false);
        }
        var organisation = account.getOrganisation();
        return json.add("displayName", account.getDisplayName())
                .add("organisation", organisation == null ? JsonValue.NULL : Jsons.value(organisation.getName()))
                .add("verified", organisation != null && organisation.isVerified());
    }

    private static JsonValue time(LocalDateTime utc) {
        return Jsons.value(utc.atOffset(ZoneOffset.UTC).toString());
    }
}

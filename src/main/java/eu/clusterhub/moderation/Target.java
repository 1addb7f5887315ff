package eu.clusterhub.moderation;

import eu.clusterhub.platform.ModerationState;
import java.util.Set;

/**
 * An item members can flag and moderators review, as the moderation feature sees it,
 * whatever feature owns it.
 *
 * @param type         thread | post | offer | need | message
 * @param authorId     who wrote it (the owner of an offer or need)
 * @param language     the language it is written in (a message: its need's)
 * @param country      the author's organisation's country (a need: where it is delivered), or null
 * @param boardId      the board of a thread or post, or null
 * @param title        a title to show (thread title, listing title, ...)
 * @param excerpt      the start of its text, as Markdown source (shown escaped)
 * @param text         its whole text, as Markdown source (what a moderator edits)
 * @param path         where it is shown, relative to the portal
 * @param participants who may read it when that is not everyone (a conversation's two members), or empty
 */
public record Target(String type, long id, long authorId, String language, String country, Long boardId, String title,
                     String excerpt, String text, String path, ModerationState state, String reason, Set<Long> participants) {

    static final Set<String> TYPES = Set.of("thread", "post", "offer", "need", "message");

    /** Its kind as people say it: "post", "offer", "message", ... */
    public String noun() {
        return type;
    }

    public boolean isPrivate() {
        return !participants.isEmpty();
    }
}

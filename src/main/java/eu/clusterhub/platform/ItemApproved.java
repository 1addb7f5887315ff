package eu.clusterhub.platform;

/**
 * A moderator approved an item that was held (awaiting approval): it is now visible, and the
 * feature that owns it does what it skipped while the item was held, as if it had just been
 * written: notifications (replies, mentions, watchers, matches, messages). Fired
 * synchronously inside the approval's transaction by the moderation feature.
 *
 * @param targetType thread | post | offer | need | message
 * @param targetId   its id
 */
public record ItemApproved(String targetType, long targetId) {
}

package eu.clusterhub.platform;

/**
 * A member wrote something for others to read: a thread, a reply, an offer, a need or a
 * conversation message. Fired synchronously by the feature that wrote it, inside the same
 * transaction, after the item was written (flushed) and before anyone is notified of it, so
 * that rules looking at new writing (the moderation feature's approval of first posts and
 * its holding of repeated texts as spam) can hold it in that transaction, while the features
 * know nothing of those rules (the moderation feature depends on them, not the reverse).
 *
 * @param targetType thread | post | offer | need | message (as the review queue names them)
 * @param targetId   the item's id
 * @param authorId   who wrote it
 * @param text       what was written (a thread's first post, a listing's description), for comparisons
 */
public record ContentWritten(String targetType, long targetId, long authorId, String text) {
}

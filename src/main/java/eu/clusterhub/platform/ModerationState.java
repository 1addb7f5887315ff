package eu.clusterhub.platform;

/**
 * Where a member's item (thread, post, offer, need, conversation message) stands with the
 * moderators. Stored by name in each item's {@code moderation} column, its reason in
 * {@code moderation_reason}. Features show only VISIBLE items to others; the author sees
 * their PENDING item marked "awaiting approval" and their HIDDEN item with the reason.
 * Only the moderation feature changes it (approve, hide, keep) or its hold for approval.
 */
public enum ModerationState {
    /** Shown to everyone the item is meant for. */
    VISIBLE,
    /** Hidden by the flags threshold or by a moderator; the reason is shown to the author. */
    HIDDEN,
    /** Awaiting a moderator's approval (held first post, offer, need, or likely spam). */
    PENDING;

    public boolean isVisible() {
        return this == VISIBLE;
    }

    /** The reason kept with an item in this state: none once it is visible again. */
    public String reasonKept(String reason) {
        return this == VISIBLE ? null : reason;
    }

    /** What the author is told next to their item, or "" when it is visible. */
    public String noticeFor(String reason) {
        return switch (this) {
            case VISIBLE -> "";
            case PENDING -> "Awaiting approval: only you can see this until a moderator approves it.";
            case HIDDEN -> "Hidden by a moderator" + (reason == null || reason.isBlank() ? "." : ": " + reason);
        };
    }
}

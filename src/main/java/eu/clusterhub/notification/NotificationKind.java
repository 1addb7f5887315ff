package eu.clusterhub.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about. Kinds addressed to the member (a reply to them, a mention,
 * a quote, their answer accepted, a match, a contact request or message, a moderator's
 * decision about what they reported or posted) are mailed immediately by default; what they
 * only watch (a thread, a board, an announcement filter, a search, listings) comes in the
 * daily digest. When one event concerns a member in several ways they get one notification,
 * of the kind declared first here (a reply that mentions you is a mention).
 */
public enum NotificationKind {
    MENTION("mention", true),
    QUOTE("quote", true),
    REPLY("reply", true),
    ACCEPTED("accepted", true),
    MESSAGE("message", true),
    CONTACT("contact", true),
    LISTING_MATCH("listing-match", true),
    MODERATION("moderation", true),
    THREAD_POST("thread-post", false),
    BOARD_THREAD("board-thread", false),
    BOARD_POST("board-post", false),
    ANNOUNCEMENT("announcement", false),
    SEARCH_MATCH("search-match", false),
    LISTING_NEW("listing-new", false);

    private final String code;
    private final boolean addressed;

    NotificationKind(String code, boolean addressed) {
        this.code = code;
        this.addressed = addressed;
    }

    /** The name in the API and in the stored rows, e.g. "thread-post". */
    public String code() {
        return code;
    }

    /** Addressed to the member personally, rather than something they watch. */
    public boolean isAddressed() {
        return addressed;
    }

    /** Immediately for what is addressed to you, the daily digest for what you watch. */
    public Delivery defaultDelivery() {
        return addressed ? Delivery.IMMEDIATELY : Delivery.DAILY;
    }

    public static Optional<NotificationKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

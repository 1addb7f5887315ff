package eu.clusterhub.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * How closely a member follows something. WATCHING: every new post (of a thread, or of a
 * board's threads) and every match of a filter; NEW_THREADS (boards only): each new thread
 * but not its replies; NORMAL: only what is addressed to the member (replies, mentions,
 * quotes); MUTED: nothing, and for a thread not even what is addressed to them.
 */
public enum WatchLevel {
    WATCHING("watching"), NEW_THREADS("new-threads"), NORMAL("normal"), MUTED("muted");

    private final String code;

    WatchLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WatchLevel> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}

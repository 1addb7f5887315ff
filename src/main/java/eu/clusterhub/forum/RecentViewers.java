package eu.clusterhub.forum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Who viewed which thread within the last hour, so that a viewer counts once per thread per
 * hour. Bounded in time and in size: an entry expires an hour after it was written, and a
 * flood of distinct viewers (a crawler cycling addresses) evicts the least used entries
 * instead of growing the heap; an evicted viewer at worst counts once more.
 */
final class RecentViewers {

    static final Duration REPEAT_AFTER = Duration.ofHours(1);
    static final long MAX_REMEMBERED = 200_000;

    private final Cache<String, Boolean> seen;

    RecentViewers() {
        this(MAX_REMEMBERED, Ticker.systemTicker());
    }

    RecentViewers(long maxRemembered, Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(maxRemembered)
                .expireAfterWrite(REPEAT_AFTER)
                .ticker(ticker)
                .executor(Runnable::run) // evict on the caller's thread: the bound holds at once
                .build();
    }

    /** True when this viewer has not viewed the thread within the last hour, and remembers the view. */
    boolean firstViewInAWhile(String viewer, long threadId) {
        return seen.asMap().putIfAbsent(viewer + '/' + threadId, Boolean.TRUE) == null;
    }

    long size() {
        seen.cleanUp();
        return seen.estimatedSize();
    }
}

package eu.clusterhub.platform;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Named rate limits, each a token bucket per key (a client address, an account, a mail
 * address), for any feature that must not be run in a loop: sign-in, tokens, registration,
 * password resets, mails; later posting and flags. A limit is configured as
 * {@code clusterhub.limits.<name>=<count>/<period>} (period like 30s, 15m, 1h, 1d), e.g.
 * {@code clusterhub.limits.registration-per-address=10/1h}. Buckets live in memory, per
 * node; full buckets hold no information and are dropped when the map grows. Keys listed in
 * {@code clusterhub.limits.exempt-keys} (e.g. a monitoring host's address) are never limited.
 */
@ApplicationScoped
public class RateLimiter {

    /** A limit's arithmetic: at most {@code count} per {@code period}, refilled gradually. */
    public record Limit(String name, long count, Duration period) {

        private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,6})\\s*([smhd])\\s*");

        public static Limit parse(String name, String text) {
            Matcher m = FORMAT.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) < 1 || Long.parseLong(m.group(2)) < 1) {
                throw new IllegalStateException("clusterhub.limits." + name + " must read like 10/1h (count/period in s, m, h or d): " + text);
            }
            long amount = Long.parseLong(m.group(2));
            Duration period = switch (m.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return new Limit(name, Long.parseLong(m.group(1)), period);
        }

        Bucket newBucket() {
            return Bucket.builder().addLimit(l -> l.capacity(count).refillGreedy(count, period)).build();
        }
    }

    private static final int MAX_BUCKETS = 100_000;
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private Config config;
    private Set<String> exempt;

    @PostConstruct
    void readConfig() {
        config = ConfigProvider.getConfig();
        exempt = Set.copyOf(config.getOptionalValues("clusterhub.limits.exempt-keys", String.class).orElse(List.of()));
    }

    /** Takes one unit of the key's allowance, or refuses with the time until one is free. */
    public void acquire(String limit, String key) {
        if (exempt.contains(key)) {
            return;
        }
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw refusal(limit, probe.getNanosToWaitForRefill());
        }
    }

    /** Whether one unit could be taken (and takes it), for callers that skip silently. */
    public boolean tryAcquire(String limit, String key) {
        boolean consumed = exempt.contains(key) || bucket(limit, key).tryConsume(1);
        if (!consumed) {
            EventLog.warning(LOG, "limit.reached", "limit=" + limit);
        }
        return consumed;
    }

    /** Refuses when the key's allowance is used up, without taking any (for limits that count failures only). */
    public void check(String limit, String key) {
        if (exempt.contains(key)) {
            return;
        }
        Bucket bucket = bucket(limit, key);
        if (bucket.getAvailableTokens() < 1) {
            throw refusal(limit, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
    }

    /** Counts one failure against the key's allowance. */
    public void record(String limit, String key) {
        if (exempt.contains(key)) {
            return;
        }
        bucket(limit, key).tryConsume(1);
    }

    private TooManyAttempts refusal(String limit, long nanosToWait) {
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        EventLog.warning(LOG, "limit.reached", "limit=" + limit + " retryAfterSeconds=" + seconds);
        return new TooManyAttempts("Too many requests",
                "Too many attempts in a short time; try again in " + describe(seconds), seconds);
    }

    /** A wait as people say it: "45 seconds", "15 minutes". */
    public static String describe(long seconds) {
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }

    private Bucket bucket(String limitName, String key) {
        Limit limit = limits.computeIfAbsent(limitName, this::configured);
        if (buckets.size() > MAX_BUCKETS) {
            forgetFullBuckets();
        }
        return buckets.computeIfAbsent(limitName + "\u0000" + key, k -> limit.newBucket());
    }

    private Limit configured(String name) {
        String text = config.getOptionalValue("clusterhub.limits." + name, String.class)
                .orElseThrow(() -> new IllegalStateException("No rate limit clusterhub.limits." + name + " is configured"));
        return Limit.parse(name, text);
    }

    /** A full bucket is the same as none: forgetting it loses nothing. */
    private void forgetFullBuckets() {
        buckets.entrySet().removeIf(e -> {
            Limit limit = limits.get(e.getKey().substring(0, e.getKey().indexOf('\u0000')));
            return limit == null || e.getValue().getAvailableTokens() >= limit.count();
        });
    }
}

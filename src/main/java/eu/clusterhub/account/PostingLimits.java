package eu.clusterhub.account;

import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much a member may write how fast, by their {@link Standing}: members of organisations
 * that are not verified get the tight limits ({@code clusterhub.limits.<action>-per-account}),
 * members of verified organisations wider ones ({@code ...-per-verified-account}), and
 * moderators and admins none. Every limit is a bucket of the {@link RateLimiter}, keyed by
 * account; a refusal is a {@link TooManyAttempts} (429 with Retry-After on the API, a
 * sentence on pages). Members of unverified organisations may also put at most
 * {@code clusterhub.moderation.new-member-links-per-post} links in a post: a validation,
 * not a bucket.
 *
 * <p>It lives with the accounts, not in the moderation feature, because what it judges is
 * an account's standing, and the forum and matchmaking (which the moderation feature looks
 * after, so depends on) must reach it without a cycle.
 */
@ApplicationScoped
public class PostingLimits {

    /** A link in a post: an address with a scheme or starting "www.", however it is written (Markdown, HTML, bare). */
    private static final Pattern LINK = Pattern.compile("(?:\\b[a-z][a-z0-9+.-]{0,15}://|\\bwww\\.)[^\\s<>\"'()\\[\\]]+");

    /** Who is writing, as far as limits and approval care. */
    public enum Standing {
        /** A member whose organisation is not verified (or who has none): tight limits, links counted, posts may be held. */
        NEW,
        /** A member of a verified organisation. */
        VERIFIED,
        /** A moderator or admin: not limited. */
        STAFF;

        public static Standing of(Account account) {
            if (account.isModerator()) {
                return STAFF;
            }
            Organisation organisation = account.getOrganisation();
            return organisation != null && organisation.isVerified() ? VERIFIED : NEW;
        }
    }

    /** What is limited, with the base of its limits' names and how a refusal says it. */
    public enum Action {
        THREAD("threads", "You have started as many threads as you may in a short time"),
        REPLY("replies", "You have written as many replies as you may in a short time"),
        CONTACT_REQUEST("contact-requests", "You have sent as many contact requests as you may in a day");

        private final String base;
        private final String refusal;

        Action(String base, String refusal) {
            this.base = base;
            this.refusal = refusal;
        }

        /** The limit's name for a standing: {@code threads-per-account}, {@code threads-per-verified-account}. */
        public String limitName(Standing standing) {
            return base + (standing == Standing.VERIFIED ? "-per-verified-account" : "-per-account");
        }
    }

    @Inject
    private RateLimiter limiter;

    private int newMemberLinks;

    @PostConstruct
    void readConfig() {
        newMemberLinks = ConfigProvider.getConfig().getOptionalValue("clusterhub.moderation.new-member-links-per-post", Integer.class)
                .orElse(3);
    }

    /** Takes one of the caller's allowance for the action, or refuses saying when they may again. */
    public void acquire(Action action, Account caller) {
        Standing standing = Standing.of(caller);
        if (standing == Standing.STAFF) {
            return;
        }
        try {
            limiter.acquire(action.limitName(standing), Long.toString(caller.getId()));
        } catch (TooManyAttempts refused) {
            long seconds = refused.retryAfterSeconds();
            throw new TooManyAttempts("Too many requests",
                    action.refusal + "; try again in " + RateLimiter.describe(seconds), seconds);
        }
    }

    /** Refuses a post body with more links than a member of an unverified organisation may write. */
    public void checkLinks(String field, String body, Account caller) {
        if (Standing.of(caller) != Standing.NEW || body == null) {
            return;
        }
        int links = links(body);
        if (links > newMemberLinks) {
            throw ValidationFailed.of(field, "Use at most " + newMemberLinks + " links in a post until your organisation is verified"
                    + " (this has " + links + ")");
        }
    }

    /** The most links a post of a member of an unverified organisation may have. */
    public int newMemberLinks() {
        return newMemberLinks;
    }

    /** The different addresses linked in a text (one address written twice, e.g. as a Markdown link's text and target, is one link). */
    static int links(String body) {
        Matcher m = LINK.matcher(body.toLowerCase(Locale.ROOT));
        Set<String> addresses = new HashSet<>();
        while (m.find()) {
            addresses.add(m.group().replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "")
                    .replaceFirst("[.,;:!?/]+$", ""));
        }
        return addresses.size();
    }
}

package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What is held for approval, as the admins set it on /admin/moderation (or the API): how
 * many first posts of a member of an unverified organisation ({@value #FIRST_POSTS}, 0: none)
 * and whether every offer and need of such a member ({@value #OFFERS_AND_NEEDS}). A row in
 * moderation_setting overrides the configured default {@code clusterhub.moderation.<name>};
 * resetting removes the rows. Read from the database at every post (two rows by key), so
 * every node follows a change at once. Each change is a staff action {@code setting.change}.
 */
@ApplicationScoped
public class ApprovalSettings {

    static final String FIRST_POSTS = "approve-first-posts";
    static final String OFFERS_AND_NEEDS = "approve-offers-and-needs";
    static final int MAX_FIRST_POSTS = 50;
    private static final Logger LOG = Logger.getLogger(ApprovalSettings.class.getName());

    /** The settings in force, and whether each is the admins' choice or the configured default. */
    public record Values(int firstPosts, boolean offersAndNeeds, boolean firstPostsSet, boolean offersAndNeedsSet,
                         int defaultFirstPosts, boolean defaultOffersAndNeeds) {
    }

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private Event<StaffActionTaken> staffActions;

    private int defaultFirstPosts;
    private boolean defaultOffersAndNeeds;

    @PostConstruct
    void readConfig() {
        var config = ConfigProvider.getConfig();
        defaultFirstPosts = config.getOptionalValue("clusterhub.moderation." + FIRST_POSTS, Integer.class).orElse(2);
        defaultOffersAndNeeds = config.getOptionalValue("clusterhub.moderation." + OFFERS_AND_NEEDS, Boolean.class).orElse(true);
    }

    public Values current() {
        Map<String, String> stored = stored();
        String firstPosts = stored.get(FIRST_POSTS);
        String listings = stored.get(OFFERS_AND_NEEDS);
        return new Values(firstPosts == null ? defaultFirstPosts : Integer.parseInt(firstPosts),
                listings == null ? defaultOffersAndNeeds : Boolean.parseBoolean(listings),
                firstPosts != null, listings != null, defaultFirstPosts, defaultOffersAndNeeds);
    }

    /** An admin sets either or both (null: unchanged). */
    @Transactional
    public Values change(Integer firstPosts, Boolean offersAndNeeds, Account caller) {
        mayChange(caller);
        if (firstPosts != null && (firstPosts < 0 || firstPosts > MAX_FIRST_POSTS)) {
            throw ValidationFailed.of("approveFirstPosts", "Give a number from 0 (hold none) to " + MAX_FIRST_POSTS);
        }
        Values before = current();
        if (firstPosts != null && (!before.firstPostsSet() || firstPosts != before.firstPosts())) {
            store(FIRST_POSTS, Integer.toString(firstPosts), caller);
            announce(caller, FIRST_POSTS, describe(before.firstPosts(), before.firstPostsSet()), Integer.toString(firstPosts));
        }
        if (offersAndNeeds != null && (!before.offersAndNeedsSet() || offersAndNeeds != before.offersAndNeeds())) {
            store(OFFERS_AND_NEEDS, Boolean.toString(offersAndNeeds), caller);
            announce(caller, OFFERS_AND_NEEDS, describe(before.offersAndNeeds(), before.offersAndNeedsSet()), Boolean.toString(offersAndNeeds));
        }
        return current();
    }

    /** An admin goes back to the configured defaults. */
    @Transactional
    public Values reset(Account caller) {
        mayChange(caller);
        Values before = current();
        em.createNativeQuery("DELETE FROM moderation_setting WHERE name IN (?1, ?2)")
                .setParameter(1, FIRST_POSTS).setParameter(2, OFFERS_AND_NEEDS).executeUpdate();
        if (before.firstPostsSet()) {
            announce(caller, FIRST_POSTS, Integer.toString(before.firstPosts()), describe(defaultFirstPosts, false));
        }
        if (before.offersAndNeedsSet()) {
            announce(caller, OFFERS_AND_NEEDS, Boolean.toString(before.offersAndNeeds()), describe(defaultOffersAndNeeds, false));
        }
        return current();
    }

    /** Only admins change what is held. */
    public static void mayChange(Account caller) {
        if (caller == null || !caller.isAdmin()) {
            throw new Forbidden("Only admins change what is held for approval");
        }
    }

    private Map<String, String> stored() {
        Map<String, String> values = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT name, value FROM moderation_setting WHERE name IN (?1, ?2)")
                .setParameter(1, FIRST_POSTS).setParameter(2, OFFERS_AND_NEEDS).getResultList()) {
            Object[] columns = (Object[]) row;
            values.put((String) columns[0], (String) columns[1]);
        }
        return values;
    }

    private void store(String name, String value, Account caller) {
        em.createNativeQuery("INSERT INTO moderation_setting (name, value, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value), changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)")
                .setParameter(1, name).setParameter(2, value)
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)))
                .setParameter(4, caller.getId()).executeUpdate();
    }

    private void announce(Account caller, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), ModerationSettingsActions.CHANGE, "setting", name).change(before, after));
        }
        EventLog.info(LOG, "moderation.setting", "name=" + name + " value=" + after + " by=" + caller.getId());
    }

    private static String describe(Object value, boolean set) {
        return set ? String.valueOf(value) : value + " (default)";
    }
}

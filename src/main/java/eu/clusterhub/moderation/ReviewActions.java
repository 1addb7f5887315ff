package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.forum.PostService;
import eu.clusterhub.matchmaking.NeedService;
import eu.clusterhub.matchmaking.OfferService;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.ModerationState;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.StaleVersion;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What a moderator does with an item of the queue. keep, hide, approve, edit (and approve)
 * and delete decide the item and close it; warn, silence and suspend act on its author and
 * leave it open for the decision. Every action names the item's version: of two moderators
 * acting at once, one wins, the other is told (the item's row is locked, then compared).
 * Each fires a {@link StaffActionTaken}; the author and the reporters hear the outcome.
 */
@ApplicationScoped
@Transactional
public class ReviewActions {

    static final int MAX_REASON = 500;
    /** The longest a silence or suspension lasts in one action. */
    static final int MAX_DAYS = 366;
    private static final Logger LOG = Logger.getLogger(ReviewActions.class.getName());

    public enum Action {
        KEEP, HIDE, APPROVE, EDIT, DELETE, WARN, SILENCE, SUSPEND;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Decides the item (closes it), as opposed to acting on its author. */
        boolean decides() {
            return ordinal() <= DELETE.ordinal();
        }

        boolean needsReason() {
            return this == HIDE || this == WARN || this == SILENCE || this == SUSPEND;
        }

        static Optional<Action> of(String code) {
            return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
        }

        static List<String> codes() {
            return Arrays.stream(values()).map(Action::code).toList();
        }
    }

    /** A moderator's request: the action, a reason, a new body (edit), an end date (silence, suspend) and the item's version. */
    public record ActionInput(String action, String reason, String body, String until, Long version) {
    }

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private ModeratedItems items;

    @Inject
    private Flags flags;

    @Inject
    private ModerationNotices notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PostService posts;

    @Inject
    private OfferService offers;

    @Inject
    private NeedService needs;

    @Inject
    private Event<StaffActionTaken> staffActions;

    @Inject
    private eu.clusterhub.account.SessionRegistry sessions;

    public ModerationItem act(long itemId, ActionInput input, Account caller) {
        ModerationPermissions.of(caller).mayReview().check();
        Action action = Action.of(input.action() == null ? "" : input.action().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ValidationFailed.of("action", "Use one of " + String.join(", ", Action.codes())));
        if (input.version() == null) {
            throw ValidationFailed.of("version", "Send the item's version (from the queue), so two moderators do not act at once");
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (action.needsReason() && reason == null) {
            throw ValidationFailed.of("reason", "Give a reason: the member is told it");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw ValidationFailed.of("reason", "Use at most " + MAX_REASON + " characters (this has " + reason.length() + ")");
        }
        if (action == Action.EDIT && (input.body() == null || input.body().isBlank())) {
            throw ValidationFailed.of("body", "Send the edited text");
        }
        LocalDateTime until = action == Action.SILENCE || action == Action.SUSPEND ? until(input.until()) : null;

        ModerationItem item = Optional.ofNullable(em.find(ModerationItem.class, itemId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("No such review item"));
        if (item.getVersion() != input.version()) {
            throw new StaleVersion("Another moderator acted on this item meanwhile"
                    + (item.isOpen() ? "" : " (it is " + item.getOutcome() + " now)")
                    + ". Nothing was changed: reload the queue and look at it again.");
        }
        if (!item.isOpen()) {
            throw new Conflict("Already resolved", "This item was resolved (" + item.getOutcome() + "); nothing was changed");
        }
        Target target = items.lookup(item.getTargetType(), item.getTargetId())
                .orElseThrow(() -> new Conflict("Item gone", "Its author deleted it meanwhile; dismiss it with keep"));
        if (!action.decides() && accounts.byId(target.authorId()).map(Account::isModerator).orElse(false) && !caller.isAdmin()) {
            throw new Forbidden("Moderators and admins are warned, silenced or suspended by an admin");
        }
        LocalDateTime now = ModerationQueue.now();
        item.acted(now);
        List<Long> reporters = flags.of(item.getId()).stream().map(Flag::getReporterId).distinct().toList();
        long me = caller.getId();
        String ref = item.getTargetType() + ":" + item.getTargetId();
        switch (action) {
            case KEEP -> {
                ModerationState before = items.change(target, ModerationState.VISIBLE, null);
                item.resolve("keep", reason, me, now);
                if (before != ModerationState.VISIBLE) {
                    notices.toAuthor(me, item, target, before == ModerationState.PENDING ? "approved your " + target.noun()
                            : "reviewed your " + target.noun() + " and shows it again", null);
                }
                notices.toReporters(me, item, target, reporters, "kept");
                fire(me, "flag.keep", target, reason, before, ModerationState.VISIBLE);
            }
            case APPROVE -> {
                ModerationState before = items.change(target, ModerationState.VISIBLE, null);
                item.resolve("approve", reason, me, now);
                notices.toAuthor(me, item, target, "approved your " + target.noun(), null);
                notices.toReporters(me, item, target, reporters, "kept");
                fire(me, "item.approve", target, reason, before, ModerationState.VISIBLE);
            }
            case EDIT -> {
                edit(target, input.body(), caller);
                ModerationState before = items.change(items.find(target.type(), target.id()), ModerationState.VISIBLE, null);
                item.resolve("edit", reason, me, now);
                notices.toAuthor(me, item, target, "edited and approved your " + target.noun(), reason);
                notices.toReporters(me, item, target, reporters, "edited");
                fire(me, "item.edit", target, reason, before, ModerationState.VISIBLE);
            }
            case HIDE -> {
                ModerationState before = items.change(target, ModerationState.HIDDEN, reason);
                item.resolve("hide", reason, me, now);
                notices.toAuthor(me, item, target, "hid your " + target.noun(), reason);
                notices.toReporters(me, item, target, reporters, "hidden");
                fire(me, "item.hide", target, reason, before, ModerationState.HIDDEN);
            }
            case DELETE -> {
                String shown = "Removed by a moderator" + (reason == null ? "" : ": " + reason);
                if ("post".equals(target.type())) {
                    posts.deleteAsModerator(target.id(), caller);
                }
                ModerationState before = items.change(target, ModerationState.HIDDEN, shown);
                item.resolve("delete", reason, me, now);
                notices.toAuthor(me, item, target, "removed your " + target.noun(), reason);
                notices.toReporters(me, item, target, reporters, "removed");
                fire(me, "item.delete", target, reason, before, null);
            }
            case WARN -> {
                notices.sanction(me, item, target, "A moderator warns you about your " + target.noun(), reason);
                staffActions.fire(StaffActionTaken.of(me, "account.warn", "account", target.authorId()).because(reason)
                        .change(null, "warned about " + ref));
            }
            case SILENCE -> {
                Account author = em.find(Account.class, target.authorId(), LockModeType.PESSIMISTIC_WRITE);
                String before = author.getSilencedUntil() == null ? "not silenced" : "silenced until " + author.getSilencedUntil();
                author.silenceUntil(until, reason);
                notices.sanction(me, item, target, "A moderator made your account read-only until " + shown(until) + " UTC", reason);
                staffActions.fire(StaffActionTaken.of(me, "account.silence", "account", target.authorId()).because(reason)
                        .change(before, "silenced until " + until + " (" + ref + ")"));
            }
            case SUSPEND -> {
                Account author = em.find(Account.class, target.authorId(), LockModeType.PESSIMISTIC_WRITE);
                String before = author.getSuspendedUntil() == null ? "not suspended" : "suspended until " + author.getSuspendedUntil();
                author.suspendUntil(until, reason);
                sessions.endAll(author.getId()); // its API tokens are refused until then (Account.isActive)
                notices.sanction(me, item, target, "A moderator suspended your account until " + shown(until) + " UTC", reason);
                staffActions.fire(StaffActionTaken.of(me, "account.suspend-for", "account", target.authorId()).because(reason)
                        .change(before, "suspended until " + until + " (" + ref + ")"));
            }
            default -> throw new IllegalStateException(action.name());
        }
        EventLog.info(LOG, "moderation.action", "item=" + itemId + " action=" + action.code() + " target=" + ref + " by=" + me);
        em.flush(); // the version the answer shows is the new one
        return item;
    }

    private void edit(Target target, String body, Account caller) {
        switch (target.type()) {
            case "post" -> posts.editAsModerator(target.id(), body, caller);
            case "thread" -> posts.editAsModerator(firstPostId(target.id()), body, caller);
            case "offer" -> offers.editDescriptionAsModerator(target.id(), body, caller);
            case "need" -> needs.editDescriptionAsModerator(target.id(), body, caller);
            default -> throw new Conflict("Not editable", "Conversation messages are not edited by moderators: keep, hide or delete it");
        }
    }

    private long firstPostId(long threadId) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.threadId = :t AND p.position = 1", Long.class)
                .setParameter("t", threadId).getSingleResult();
    }

    private void fire(long actor, String name, Target target, String reason, ModerationState before, ModerationState after) {
        staffActions.fire(StaffActionTaken.of(actor, name, target.type(), target.id()).because(reason)
                .change(before == null ? null : before.name().toLowerCase(Locale.ROOT), after == null ? "removed" : after.name().toLowerCase(Locale.ROOT)));
    }

    /** An end date: 2026-12-24 (the end of that day, UTC) or 2026-12-24T18:00 (UTC), in the future, within a year. */
    static LocalDateTime until(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationFailed.of("until", "Say until when (a date such as 2026-12-24)");
        }
        LocalDateTime until;
        try {
            String t = text.strip();
            until = t.length() <= 10 ? LocalDate.parse(t).plusDays(1).atStartOfDay()
                    : java.time.OffsetDateTime.parse(t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z")
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of("until", "Use a date such as 2026-12-24 or a time such as 2026-12-24T18:00Z");
        }
        LocalDateTime now = ModerationQueue.now();
        if (!until.isAfter(now)) {
            throw ValidationFailed.of("until", "Choose a time in the future");
        }
        if (until.isAfter(now.plusDays(MAX_DAYS))) {
            throw ValidationFailed.of("until", "At most a year; an admin suspends for longer");
        }
        return until;
    }

    private static String shown(LocalDateTime t) {
        return t.withNano(0).toString().replace('T', ' ');
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The "still valid" link of a reminder mail ({@link ListingExpiry}): it names one offer or
 * need, works once and for {@value ListingReminder#LIFETIME_DAYS} days, and moves the date
 * on: an offer's validity by {@value #OFFER_EXTENSION_DAYS} days, a need's date by
 * {@value #NEED_EXTENSION_DAYS} days, never beyond a year from today. Looking at what a link
 * would do ({@link #preview}) changes nothing, so a mail scanner that opens links confirms
 * nothing; only {@link #confirm} does.
 */
@ApplicationScoped
@Transactional
public class StillValid {

    public static final String PATH = "/still-valid";
    static final int OFFER_EXTENSION_DAYS = 30;
    static final int NEED_EXTENSION_DAYS = 14;
    private static final Logger LOG = Logger.getLogger(StillValid.class.getName());

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private SearchOutbox searchOutbox;

    /** The link was used already or has expired: it is gone for good (the API answers 410). */
    public static class LinkGone extends Conflict {
        LinkGone(String title, String reason) {
            super(title, reason);
        }
    }

    /** What the link is about: the listing, its date now and the date it would get. */
    public record Preview(String kind, long id, String title, LocalDate current, LocalDate extended) {
    }

    /** What the link did. */
    public record Extended(String kind, long id, String title, LocalDate previous, LocalDate date) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(String token) {
        ListingReminder reminder = reminder(token, LockModeType.NONE);
        LocalDate today = today();
        if ("offer".equals(reminder.getListingKind())) {
            Offer offer = liveOffer(reminder.getListingId(), LockModeType.NONE);
            return new Preview("offer", offer.getId(), offer.getTitle(), offer.getValidUntil(),
                    extended(offer.getValidUntil(), OFFER_EXTENSION_DAYS, today));
        }
        Need need = liveNeed(reminder.getListingId(), LockModeType.NONE);
        return new Preview("need", need.getId(), need.getTitle(), need.getNeededBy(),
                extended(need.getNeededBy(), NEED_EXTENSION_DAYS, today));
    }

    /** Uses the link: the listing's date moves on, and the link works no more. */
    public Extended confirm(String token) {
        // the lock makes the link single-use even when it is posted twice at once
        ListingReminder reminder = reminder(token, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        LocalDateTime now = ListingRepository.now();
        Extended done;
        if ("offer".equals(reminder.getListingKind())) {
            Offer offer = liveOffer(reminder.getListingId(), LockModeType.PESSIMISTIC_WRITE);
            LocalDate previous = offer.getValidUntil();
            offer.extendTo(extended(previous, OFFER_EXTENSION_DAYS, today), now);
            searchOutbox.offer(offer.getId());
            done = new Extended("offer", offer.getId(), offer.getTitle(), previous, offer.getValidUntil());
        } else {
            Need need = liveNeed(reminder.getListingId(), LockModeType.PESSIMISTIC_WRITE);
            LocalDate previous = need.getNeededBy();
            need.extendTo(extended(previous, NEED_EXTENSION_DAYS, today), now);
            searchOutbox.need(need.getId());
            done = new Extended("need", need.getId(), need.getTitle(), previous, need.getNeededBy());
        }
        reminder.use(now);
        EventLog.info(LOG, "listing.still-valid", "kind=" + done.kind() + " id=" + done.id() + " date=" + done.date());
        return done;
    }

    /** The date moved on by the days, at least to tomorrow and at most a year ahead (as {@link ListingRules} allows). */
    static LocalDate extended(LocalDate current, int days, LocalDate today) {
        LocalDate moved = current.plusDays(days);
        LocalDate latest = today.plusDays(ListingRules.MAX_DAYS_AHEAD);
        LocalDate earliest = today.plusDays(1);
        return moved.isAfter(latest) ? latest : moved.isBefore(earliest) ? earliest : moved;
    }

    private ListingReminder reminder(String token, LockModeType lock) {
        String clean = token == null ? "" : token.strip();
        if (clean.isEmpty()) {
            throw ValidationFailed.of("token", "The link has no token: open it exactly as it came in the mail");
        }
        if (!ReminderTokens.wellFormed(clean)) {
            throw ValidationFailed.of("token", "The link's token is damaged: open it exactly as it came in the mail");
        }
        ListingReminder reminder = em.find(ListingReminder.class, ReminderTokens.hash(clean), lock);
        if (reminder == null) {
            throw new NotFound("This link is not valid: no reminder has this token");
        }
        if (reminder.isUsed()) {
            throw new LinkGone("Link used", "This link was used already: the date was moved on then");
        }
        if (reminder.isExpired(ListingRepository.now())) {
            throw new LinkGone("Link expired", "This link has expired: edit the listing to change its date");
        }
        return reminder;
    }

    private Offer liveOffer(long id, LockModeType lock) {
        Offer offer = em.find(Offer.class, id, lock);
        if (offer == null) {
            throw new NotFound("The offer of this link no longer exists");
        }
        if (offer.getStatus() == OfferStatus.CLOSED) {
            throw new Conflict("Listing closed", "This offer is closed already; publish a new one if you can deliver again");
        }
        return offer;
    }

    private Need liveNeed(long id, LockModeType lock) {
        Need need = em.find(Need.class, id, lock);
        if (need == null) {
            throw new NotFound("The need of this link no longer exists");
        }
        if (need.getStatus() == NeedStatus.CLOSED || need.getStatus() == NeedStatus.EXPIRED) {
            throw new Conflict("Listing closed", "This need is closed already; publish a new one if you still need it");
        }
        return need;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.AccountStatus;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.SiteUrl;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The steps of {@link ListingExpiry}, each in a transaction of its own so that a run holds no
 * lock for long and a failure (a mail server that refuses) costs only its own step. Every
 * step re-checks its condition under a lock or in its UPDATE, so two nodes running the job
 * at once neither expire nor remind anything twice.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ListingExpiryWork {

    /** Owners are reminded this many days before a listing's date. */
    static final int REMIND_DAYS_BEFORE = 3;
    static final Set<OfferStatus> LIVE_OFFERS = EnumSet.of(OfferStatus.OPEN, OfferStatus.PAUSED);
    private static final Logger LOG = Logger.getLogger(ListingExpiryWork.class.getName());

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private SiteUrl siteUrl;

    /** What one step looked at and what it changed; a step that saw a full batch has more to do. */
    public record Step(int seen, int changed) {
    }

    /** Expires up to {@code batch} active needs whose date has passed. */
    public Step expireNeeds(LocalDate today, int batch) {
        List<Long> ids = em.createQuery("SELECT n.id FROM Need n WHERE n.status IN :active AND n.neededBy < :today ORDER BY n.id",
                        Long.class)
                .setParameter("active", NeedStatus.ACTIVE).setParameter("today", today)
                .setMaxResults(batch).getResultList();
        int expired = 0;
        LocalDateTime now = ListingRepository.now();
        for (long id : ids) {
            // the lock pledges take: a pledge and the expiry never cross
            Need need = em.find(Need.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (need != null && need.getStatus().isActive() && need.getNeededBy().isBefore(today)) {
                need.close(NeedStatus.EXPIRED, now);
                searchOutbox.need(id);
                EventLog.info(LOG, "need.expired", "id=" + id + " neededBy=" + need.getNeededBy());
                expired++;
            }
        }
        return new Step(ids.size(), expired);
    }

    /** Closes up to {@code batch} open or paused offers whose validity has passed. */
    public Step closeOffers(LocalDate today, int batch) {
        List<Long> ids = em.createQuery("SELECT o.id FROM Offer o WHERE o.status IN :live AND o.validUntil < :today ORDER BY o.id",
                        Long.class)
                .setParameter("live", LIVE_OFFERS).setParameter("today", today)
                .setMaxResults(batch).getResultList();
        int closed = 0;
        LocalDateTime now = ListingRepository.now();
        for (long id : ids) {
            Offer offer = em.find(Offer.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (offer != null && LIVE_OFFERS.contains(offer.getStatus()) && offer.getValidUntil().isBefore(today)) {
                offer.changeStatus(OfferStatus.CLOSED, now);
                searchOutbox.offer(id);
                EventLog.info(LOG, "offer.expired", "id=" + id + " validUntil=" + offer.getValidUntil());
                closed++;
            }
        }
        return new Step(ids.size(), closed);
    }

    /** Offers and needs due for a reminder: live, their date within the next days, not reminded yet. */
    @Transactional(TxType.SUPPORTS)
    public List<Long> offersToRemind(LocalDate today, int batch) {
        return em.createQuery("SELECT o.id FROM Offer o WHERE o.status IN :live AND o.validUntil BETWEEN :today AND :soon "
                        + "AND o.remindedAt IS NULL ORDER BY o.validUntil, o.id", Long.class)
                .setParameter("live", LIVE_OFFERS).setParameter("today", today)
                .setParameter("soon", today.plusDays(REMIND_DAYS_BEFORE)).setMaxResults(batch).getResultList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<Long> needsToRemind(LocalDate today, int batch) {
        return em.createQuery("SELECT n.id FROM Need n WHERE n.status IN :active AND n.neededBy BETWEEN :today AND :soon "
                        + "AND n.remindedAt IS NULL ORDER BY n.neededBy, n.id", Long.class)
                .setParameter("active", NeedStatus.ACTIVE).setParameter("today", today)
                .setParameter("soon", today.plusDays(REMIND_DAYS_BEFORE)).setMaxResults(batch).getResultList();
    }

    /**
     * Claims the offer's reminder (an UPDATE that only one node's can win) and mails its owner
     * the link; a failed mail rolls the claim back, so the next run tries again.
     */
    public boolean remindOffer(long id, LocalDate today) {
        LocalDateTime now = ListingRepository.now();
        int claimed = em.createQuery("UPDATE Offer o SET o.remindedAt = :now WHERE o.id = :id AND o.remindedAt IS NULL "
                        + "AND o.status IN :live AND o.validUntil BETWEEN :today AND :soon")
                .setParameter("now", now).setParameter("id", id).setParameter("live", LIVE_OFFERS)
                .setParameter("today", today).setParameter("soon", today.plusDays(REMIND_DAYS_BEFORE)).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Offer offer = em.find(Offer.class, id);
        em.refresh(offer);
        mail("offer", id, offer.getOwnerId(), now, token -> "Your offer \"" + offer.getTitle() + "\" on ClusterHub is valid until "
                + offer.getValidUntil() + ".\n\nIf you can still deliver it, confirm with one click and it stays open for another "
                + StillValid.OFFER_EXTENSION_DAYS + " days:\n\n" + token + "\n\nIf not, do nothing: after that date the offer "
                + "closes by itself and is no longer matched.\n\nThe link works once, for " + ListingReminder.LIFETIME_DAYS
                + " days.\n", "Is your offer still valid? " + offer.getTitle());
        return true;
    }

    public boolean remindNeed(long id, LocalDate today) {
        LocalDateTime now = ListingRepository.now();
        int claimed = em.createQuery("UPDATE Need n SET n.remindedAt = :now WHERE n.id = :id AND n.remindedAt IS NULL "
                        + "AND n.status IN :active AND n.neededBy BETWEEN :today AND :soon")
                .setParameter("now", now).setParameter("id", id).setParameter("active", NeedStatus.ACTIVE)
                .setParameter("today", today).setParameter("soon", today.plusDays(REMIND_DAYS_BEFORE)).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Need need = em.find(Need.class, id);
        em.refresh(need);
        mail("need", id, need.getOwnerId(), now, token -> "Your need \"" + need.getTitle() + "\" on ClusterHub is needed by "
                + need.getNeededBy() + ".\n\nIf you still need it, confirm with one click and the date moves on by "
                + StillValid.NEED_EXTENSION_DAYS + " days:\n\n" + token + "\n\nIf not, do nothing: after that date the need "
                + "expires and is no longer matched.\n\nThe link works once, for " + ListingReminder.LIFETIME_DAYS
                + " days.\n", "Do you still need this? " + need.getTitle());
        return true;
    }

    private void mail(String kind, long id, long ownerId, LocalDateTime now,
                      java.util.function.Function<String, String> text, String subject) {
        Optional<Account> owner = accounts.byId(ownerId).filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.getEmail() != null);
        if (owner.isEmpty()) {
            // nobody to ask: the listing runs out on its date
            EventLog.info(LOG, "listing.reminder.skipped", "kind=" + kind + " id=" + id + " reason=owner-inactive");
            return;
        }
        String token = ReminderTokens.generate();
        em.persist(new ListingReminder(ReminderTokens.hash(token), kind, id, now));
        em.flush();
        mailer.send(owner.get().getEmail(), subject, text.apply(siteUrl.base() + StillValid.PATH + "?token=" + token));
        EventLog.info(LOG, "listing.reminder.sent", "kind=" + kind + " id=" + id + " owner=" + ownerId);
    }
}

package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import eu.clusterhub.notification.NewEvent;
import eu.clusterhub.notification.NotificationEvents;
import eu.clusterhub.notification.NotificationKind;
import eu.clusterhub.notification.WatchLevel;
import eu.clusterhub.notification.WatchTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What matchmaking tells the notification feature when a listing is published, inside the
 * publishing transaction: the owners of the listings it matches best (a new need for their
 * offer, a new offer for their need) get "listing-match"; members watching a matchmaking
 * filter it fits ("kind=need&amp;category=masks&amp;country=IT", any of the three may be left
 * out) get "listing-new". The fan-out decides the rest (never the publisher, nobody who muted
 * the listing's thread).
 */
@ApplicationScoped
public class ListingNotifications {

    /** The owners of this many best matches are told; a match further down is found on the page. */
    static final int TOLD = 20;

    @Inject
    private NotificationEvents events;

    @Inject
    private Matching matching;

    @Inject
    private ListingRepository listings;

    @Inject
    private Catalogue catalogue;

    /** A held offer or need was approved: its matches and watchers are told now, as when it was published. */
    void onApproved(@jakarta.enterprise.event.Observes eu.clusterhub.platform.ItemApproved approved) {
        if ("offer".equals(approved.targetType())) {
            listings.offer(approved.targetId()).ifPresent(o -> published(o, OfferService.today()));
        } else if ("need".equals(approved.targetType())) {
            listings.need(approved.targetId()).ifPresent(n -> published(n, OfferService.today()));
        }
    }

    void published(Need need, LocalDate today) {
        if (!need.isVisible()) {
            return; // held for approval: told when a moderator approves it
        }
        Catalogue.Snapshot lists = catalogue.now();
        List<Long> offers = matching.forNeed(need.getId(), today).matches().stream().limit(TOLD).map(Matching.Match::listingId).toList();
        Set<Long> owners = new LinkedHashSet<>();
        listings.offers(offers).forEach(o -> owners.add(o.getOwnerId()));
        NewEvent event = NewEvent.of(NotificationKind.LISTING_MATCH, need.getOwnerId(), "need", need.getId())
                .target("need", need.getId(), "/needs/" + need.getId(), need.getTitle())
                .summary(String.format(java.util.Locale.ENGLISH, "A new need for %,d %s of %s, delivered to %s by %s, matches your offer",
                        need.getQuantity(), need.getUnit().code(), lists.category(need.getCategoryId()).getName(),
                        Countries.name(need.getCountry()), need.getNeededBy()))
                .to(owners, NotificationKind.LISTING_MATCH);
        thread(event, need.getThreadId());
        filters("need", lists.slugsWithAncestors(need.getCategoryId()), List.of(need.getCountry()))
                .forEach(filter -> event.watchersOf(filter, NotificationKind.LISTING_NEW, WatchLevel.WATCHING));
        events.raise(event);
    }

    void published(Offer offer, LocalDate today) {
        if (!offer.isVisible()) {
            return; // held for approval: told when a moderator approves it
        }
        Catalogue.Snapshot lists = catalogue.now();
        List<Long> needs = matching.forOffer(offer.getId(), today).matches().stream().limit(TOLD).map(Matching.Match::listingId).toList();
        Set<Long> owners = new LinkedHashSet<>();
        listings.needs(needs).forEach(n -> owners.add(n.getOwnerId()));
        NewEvent event = NewEvent.of(NotificationKind.LISTING_MATCH, offer.getOwnerId(), "offer", offer.getId())
                .target("offer", offer.getId(), "/offers/" + offer.getId(), offer.getTitle())
                .summary(String.format(java.util.Locale.ENGLISH, "A new offer of %,d %s a week of %s can serve your need",
                        offer.getCapacityPerWeek(), offer.getUnit().code(), lists.category(offer.getCategoryId()).getName()))
                .to(owners, NotificationKind.LISTING_MATCH);
        thread(event, offer.getThreadId());
        Collection<String> countries = offer.isAllCountries() ? Countries.euAndEea() : offer.getCountries();
        filters("offer", lists.slugsWithAncestors(offer.getCategoryId()), countries)
                .forEach(filter -> event.watchersOf(filter, NotificationKind.LISTING_NEW, WatchLevel.WATCHING));
        events.raise(event);
    }

    private static void thread(NewEvent event, Long threadId) {
        if (threadId != null) {
            event.thread(threadId);
        }
    }

    /**
     * Every matchmaking filter a listing fits: its kind or none, its category, an ancestor or
     * none, one of its countries or none; at least one of the three given (a watch has a filter).
     */
    static List<WatchTarget> filters(String kind, List<String> categories, Collection<String> countries) {
        List<String> kinds = new ArrayList<>(List.of(kind));
        kinds.add(null);
        List<String> cats = new ArrayList<>(categories);
        cats.add(null);
        List<String> places = new ArrayList<>(countries);
        places.add(null);
        List<WatchTarget> targets = new ArrayList<>();
        for (String k : kinds) {
            for (String c : cats) {
                for (String p : places) {
                    List<String> pairs = new ArrayList<>();
                    if (c != null) {
                        pairs.add("category=" + c);
                    }
                    if (p != null) {
                        pairs.add("country=" + p);
                    }
                    if (k != null) {
                        pairs.add("kind=" + k);
                    }
                    if (!pairs.isEmpty()) {
                        targets.add(WatchTarget.of("matchmaking", null, String.join("&", pairs)));
                    }
                }
            }
        }
        return targets;
    }
}

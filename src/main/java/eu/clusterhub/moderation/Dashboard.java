package eu.clusterhub.moderation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The moderator dashboard's figures over the last {@code days} days (30 or 90, UTC dates
 * {@code from} to {@code to}), as of {@code asOf}.
 *
 * @param openFlags                what is flagged and not yet dealt with, and how long it waits
 * @param awaitingApproval         items held for approval (first posts, offers and needs, spam) not yet decided
 * @param medianHoursToFirstAction over the items that entered the queue in the period and were acted on: the median
 *                                 time from entering to a moderator's first action, in hours; null when none
 * @param unansweredRequests       requests (threads of type request) without any reply, older than 48 hours
 * @param uncoveredNeeds           needs still open (no contact request, no pledge), older than 48 hours
 * @param perDay                   one row per day of the period, oldest first
 */
public record Dashboard(int days, LocalDate from, LocalDate to, LocalDateTime asOf, OpenFlags openFlags, long awaitingApproval,
                        Double medianHoursToFirstAction, long unansweredRequests, long uncoveredNeeds, List<Day> perDay) {

    /** The hours after which a request or a need counts as left alone. */
    public static final int NEGLECTED_AFTER_HOURS = 48;

    /** The periods the dashboard shows. */
    public static final List<Integer> PERIODS = List.of(30, 90);

    /**
     * Open flags: items with at least one flag nobody has dealt with, how long the oldest has
     * waited, the median wait, and how many have waited under a day, one to three days, longer.
     */
    public record OpenFlags(long items, Double oldestHours, Double medianHours, long underADay, long oneToThreeDays,
                            long overThreeDays) {

        public static OpenFlags of(List<Double> waitsInHours) {
            if (waitsInHours.isEmpty()) {
                return new OpenFlags(0, null, null, 0, 0, 0);
            }
            List<Double> sorted = waitsInHours.stream().sorted().toList();
            return new OpenFlags(sorted.size(), sorted.get(sorted.size() - 1), median(sorted),
                    sorted.stream().filter(h -> h < 24).count(),
                    sorted.stream().filter(h -> h >= 24 && h < 72).count(),
                    sorted.stream().filter(h -> h >= 72).count());
        }
    }

    /**
     * One day: posts written, accounts made, flags raised, and of the requests and needs
     * opened that day, those still unanswered or uncovered (once 48 hours old).
     */
    public record Day(LocalDate date, long posts, long newAccounts, long flags, long unansweredRequests, long uncoveredNeeds) {
    }

    /** The median of sorted values; null for none. */
    public static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

package eu.clusterhub.notification;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The rules of immediate mails, without the database: a notification on a thread opens a
 * window of {@code clusterhub.notifications.coalesce-seconds} (ten minutes) for its member
 * and that thread; everything on the thread in the window joins the same mail, sent when the
 * window closes. A notification without a thread is mailed at once, alone. A mail takes new
 * notifications only while it is pending, never tried, and its window still open: once the
 * sender claimed it, what comes later opens a new one.
 */
final class Coalescing {

    private Coalescing() {
    }

    /** When a mail opened now for a thread (or not) is sent. */
    static LocalDateTime sendAfter(LocalDateTime now, Long threadId, Duration window) {
        return threadId == null ? now : now.plus(window);
    }

    /** Whether a mail in this state still takes notifications. */
    static boolean isOpen(String status, int attempts, LocalDateTime sendAfter, LocalDateTime now) {
        return "pending".equals(status) && attempts == 0 && sendAfter.isAfter(now);
    }

    /** One key per mail: the thread's window is named by the notification that opened it. */
    static String immediateKey(long accountId, Long threadId, long firstNotificationId) {
        return "immediate:" + accountId + ":" + (threadId == null ? "" : "t" + threadId + ":") + "n" + firstNotificationId;
    }

    /** daily:{account}:{local date} or weekly:{account}:{local date of the Monday}: one digest per member and day. */
    static String digestKey(Delivery delivery, long accountId, java.time.LocalDate localDate) {
        return delivery.code() + ":" + accountId + ":" + localDate;
    }

    /**
     * How long after a failed attempt the next one comes: the base (30 s) doubled with each
     * attempt, at most an hour. {@code attempts} counts the attempts so far (1 after the first).
     */
    static Duration backoff(int attempts, Duration base) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    /** The delivery column of notification_mail: immediate, daily or weekly. */
    static String column(Delivery delivery) {
        return switch (delivery) {
            case IMMEDIATELY -> "immediate";
            case DAILY, WEEKLY -> delivery.code();
            case NEVER -> throw new IllegalArgumentException("Nothing is mailed for never");
        };
    }

    static Delivery fromColumn(String column) {
        return switch (column) {
            case "daily" -> Delivery.DAILY;
            case "weekly" -> Delivery.WEEKLY;
            default -> Delivery.IMMEDIATELY;
        };
    }
}

package eu.clusterhub.notification;

import java.util.List;

/**
 * Fired by the fan-out inside the transaction that creates the notifications, once per
 * event that created any. A mail planner observes it in that transaction
 * ({@code @Observes NotificationsCreated} writes its mail rows in the same commit, so a
 * notification never exists without its mail being planned) or with
 * {@code @Observes(during = TransactionPhase.BEFORE_COMPLETION)}; an exception in a
 * synchronous observer rolls the fan-out back and it is tried again.
 */
public record NotificationsCreated(long eventId, List<Long> notificationIds) {
}

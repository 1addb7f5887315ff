/**
 * Notifications: what members watch ({@link eu.clusterhub.notification.Watch}), the events
 * features raise inside their transactions ({@link eu.clusterhub.notification.NotificationEvents}),
 * their fan-out after commit into one notification per recipient ({@link eu.clusterhub.notification.FanOutRelay}),
 * the bell's counter, the notifications page and API, mentions' handles and the member lookup
 * for their autocomplete. Mail delivery builds on {@link eu.clusterhub.notification.NotificationsCreated}.
 */
package eu.clusterhub.notification;

package eu.clusterhub.notification;

import java.time.LocalDateTime;

/** One notification of one member, as the page and the API show it. */
public record Notification(long id, NotificationKind kind, Long actorId, String targetType, long targetId, Long threadId,
                           String url, String title, String summary, LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}

package eu.clusterhub.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The transactional outbox of notifications: features call {@link #raise} inside the
 * transaction of their change (like search's outbox), so the event commits or rolls back
 * with the change itself. {@link FanOutRelay} turns committed events into notifications
 * after commit, off the request: the request pays one insert, whatever the number of watchers.
 */
@ApplicationScoped
public class NotificationEvents {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public void raise(NewEvent event) {
        em.createNativeQuery("INSERT INTO notification_event (kind, actor_id, subject_type, subject_id, payload, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, event.kind.code())
                .setParameter(2, event.actorId)
                .setParameter(3, event.subjectType)
                .setParameter(4, event.subjectId)
                .setParameter(5, event.payload().toString())
                .setParameter(6, now())
                .executeUpdate();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

package eu.clusterhub.moderation;

import eu.clusterhub.notification.NewEvent;
import eu.clusterhub.notification.NotificationEvents;
import eu.clusterhub.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * What authors and reporters hear of a moderator's decision: a notification of kind
 * MODERATION (in the bell, and mailed as their settings say: at once by default). Reporters
 * are told the outcome without the moderator's reason; authors are told the reason.
 */
@ApplicationScoped
class ModerationNotices {

    @Inject
    private NotificationEvents events;

    /** To the author: what happened to their item, and why. */
    void toAuthor(long moderatorId, ModerationItem item, Target target, String what, String reason) {
        String path = target.path();
        events.raise(NewEvent.of(NotificationKind.MODERATION, moderatorId, "moderation", item.getId())
                .target(target.type(), target.id(), path, target.title())
                .summary("A moderator " + what + (reason == null || reason.isBlank() ? "." : ": " + reason))
                .to(target.authorId(), NotificationKind.MODERATION));
    }

    /** To the members who flagged it: the outcome of their report. */
    void toReporters(long moderatorId, ModerationItem item, Target target, Collection<Long> reporters, String outcome) {
        if (reporters.isEmpty()) {
            return;
        }
        // a hidden or removed item is not shown to reporters: the link leads to their notifications
        String path = "kept".equals(outcome) || "approved".equals(outcome) ? target.path() : "/notifications";
        events.raise(NewEvent.of(NotificationKind.MODERATION, moderatorId, "moderation", item.getId())
                .target(target.type(), target.id(), path, target.title())
                .summary("A moderator reviewed the " + target.noun() + " you reported: " + outcomeText(outcome)
                        + ". Thank you for reporting it.")
                .to(reporters, NotificationKind.MODERATION));
    }

    /** To a member a moderator warned, silenced or suspended. */
    void sanction(long moderatorId, ModerationItem item, Target target, String what, String reason) {
        events.raise(NewEvent.of(NotificationKind.MODERATION, moderatorId, "moderation", item.getId())
                .target(target.type(), target.id(), target.path(), target.title())
                .summary(what + ": " + reason)
                .to(target.authorId(), NotificationKind.MODERATION));
    }

    private static String outcomeText(String outcome) {
        return switch (outcome) {
            case "kept" -> "it stays, as it does not break the rules";
            case "approved" -> "it was edited and stays";
            case "hidden" -> "it was hidden";
            default -> "it was removed";
        };
    }
}

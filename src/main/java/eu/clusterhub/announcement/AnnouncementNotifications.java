package eu.clusterhub.announcement;

import eu.clusterhub.notification.NewEvent;
import eu.clusterhub.notification.NotificationEvents;
import eu.clusterhub.notification.NotificationKind;
import eu.clusterhub.notification.WatchLevel;
import eu.clusterhub.notification.WatchTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What announcements tell the notification feature, inside the transaction of the change:
 * publishing an announcement, and revising the content of a published one, notify the members
 * watching an announcements filter it fits ("announcement", at the level watching). The
 * summary says what happened: "Published: title", or the changed fields of the stored revision,
 * "Revised: effective date, body".
 * <p>
 * Drafts and suggestions are not public, so nobody hears of them; pinning, unpinning and
 * archiving change how an announcement is listed, not what it says, so they are silent too, as
 * is a revision that only renews the verification. The fan-out decides the rest (never the
 * moderator who acted).
 */
@ApplicationScoped
public class AnnouncementNotifications {

    /** Fields whose change alone is no news to readers. */
    static final Set<String> SILENT_FIELDS = Set.of("status", "pinned", "verification");

    @Inject
    private NotificationEvents events;

    void published(Announcement announcement, long moderatorId) {
        raise(announcement, moderatorId, "Published: " + announcement.getTitle(), null);
    }

    /** A revision of a published announcement; before is the state the edit started from. */
    void revised(Announcement announcement, AnnouncementRevision revision, Snapshot before, long moderatorId) {
        String summary = revisedSummary(revision.getChangedFields());
        if (announcement.getStatus() != AnnouncementStatus.PUBLISHED || summary == null) {
            return;
        }
        raise(announcement, moderatorId, summary, before);
    }

    private void raise(Announcement announcement, long moderatorId, String summary, Snapshot before) {
        NewEvent event = NewEvent.of(NotificationKind.ANNOUNCEMENT, moderatorId, "announcement", announcement.getId())
                .target("announcement", announcement.getId(), "/announcements/" + announcement.getSlug(), announcement.getTitle())
                .summary(summary);
        Set<WatchTarget> targets = new LinkedHashSet<>(filters(Snapshot.of(announcement)));
        if (before != null) {
            // a revision that moves it elsewhere (another country, a topic less) still tells who followed it there
            targets.addAll(filters(before));
        }
        targets.forEach(t -> event.watchersOf(t, NotificationKind.ANNOUNCEMENT, WatchLevel.WATCHING));
        events.raise(event);
    }

    /** "Revised: effective date, body", or null when only silent fields changed. */
    static String revisedSummary(List<String> changedFields) {
        List<String> labels = changedFields.stream()
                .filter(f -> !SILENT_FIELDS.contains(f))
                .map(f -> Snapshot.LABELS.getOrDefault(f, f).toLowerCase(Locale.ROOT))
                .toList();
        return labels.isEmpty() ? null : "Revised: " + String.join(", ", labels);
    }

    /**
     * Every announcements filter the state fits: one of its topics (slug) or none, its country
     * or none, its source type (slug, as the API and URLs write it: member-state) or none, at
     * least one of them given. The watch filter is normalised the same way (keys sorted).
     */
    static List<WatchTarget> filters(Snapshot state) {
        List<String> topics = new ArrayList<>();
        String topicLines = state.get("topics");
        if (topicLines != null) {
            for (String t : topicLines.split("\n")) {
                if (!t.isBlank()) {
                    topics.add(t.strip());
                }
            }
        }
        topics.add(null);
        List<String> countries = new ArrayList<>();
        if (state.get("country") != null) {
            countries.add(state.get("country"));
        }
        countries.add(null);
        List<String> sources = new ArrayList<>();
        SourceType.parse(state.get("sourceType")).ifPresent(s -> sources.add(s.slug()));
        sources.add(null);
        List<WatchTarget> targets = new ArrayList<>();
        for (String topic : topics) {
            for (String country : countries) {
                for (String source : sources) {
                    List<String> pairs = new ArrayList<>();
                    if (country != null) {
                        pairs.add("country=" + country);
                    }
                    if (source != null) {
                        pairs.add("source=" + source);
                    }
                    if (topic != null) {
                        pairs.add("topic=" + topic);
                    }
                    if (!pairs.isEmpty()) {
                        targets.add(WatchTarget.of("announcements", null, String.join("&", pairs)));
                    }
                }
            }
        }
        return targets;
    }
}

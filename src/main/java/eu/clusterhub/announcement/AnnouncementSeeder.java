package eu.clusterhub.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes seed topics and announcements from content/, matched by slug. An unchanged file
 * leaves its row alone; a changed one updates it and leaves an "imported" revision, so the
 * history shows the content import next to moderators' edits. Runs inside the import's
 * single transaction.
 */
@ApplicationScoped
public class AnnouncementSeeder {

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private AnnouncementService service;

    /** Counts as {created, updated, unchanged}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] seedTopics(List<SeedTopic> seeds) {
        int[] counts = new int[3];
        for (SeedTopic seed : seeds) {
            Topic topic = repository.topic(seed.slug()).orElse(null);
            if (topic == null) {
                topic = new Topic(seed.slug());
                topic.takeSeed(seed.name(), seed.order(), seed.sourceHash());
                repository.add(topic);
                counts[0]++;
            } else {
                counts[topic.takeSeed(seed.name(), seed.order(), seed.sourceHash()) ? 1 : 2]++;
            }
        }
        return counts;
    }

    /** Counts as {created, updated, unchanged}. Topics must be seeded first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] seedAnnouncements(List<SeedAnnouncement> seeds) {
        int[] counts = new int[3];
        for (SeedAnnouncement seed : seeds) {
            Announcement announcement = repository.bySlug(seed.slug()).orElse(null);
            if (announcement != null && seed.sourceHash().equals(announcement.getSourceHash())) {
                counts[2]++;
                continue;
            }
            boolean created = announcement == null;
            LocalDateTime now = AnnouncementService.now();
            Snapshot before = null;
            if (created) {
                announcement = new Announcement(seed.slug(), null, now);
            } else {
                before = Snapshot.of(announcement);
            }
            announcement.write(AnnouncementRules.check(seed.input(), repository::topic), now);
            announcement.verify(new Verification(null, seed.verifiedBy(), seed.verifiedAt().atStartOfDay()));
            announcement.pin(seed.pinned());
            if (seed.status() == AnnouncementStatus.PUBLISHED) {
                announcement.publish(now);
            } else if (seed.status() == AnnouncementStatus.ARCHIVED) {
                announcement.publish(now);
                announcement.archive();
            }
            announcement.sourceHash(seed.sourceHash());
            if (created) {
                repository.add(announcement);
            }
            service.record(announcement, before, RevisionAction.IMPORTED, Editor.CONTENT_IMPORT, now);
            counts[created ? 0 : 1]++;
        }
        return counts;
    }
}

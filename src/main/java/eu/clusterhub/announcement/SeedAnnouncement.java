package eu.clusterhub.announcement;

import java.time.LocalDate;

/**
 * One announcement as written in content/announcements/{slug}.md, already checked against
 * {@link AnnouncementRules}. Its provenance names the team that verified it, not an account.
 */
public record SeedAnnouncement(
        String slug,
        AnnouncementInput input,
        AnnouncementStatus status,
        boolean pinned,
        String verifiedBy,
        LocalDate verifiedAt,
        String sourceHash) {
}

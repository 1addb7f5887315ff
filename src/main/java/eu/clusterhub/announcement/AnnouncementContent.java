package eu.clusterhub.announcement;

import java.time.LocalDate;
import java.util.List;

/** What an editor writes of an announcement, checked by {@link AnnouncementRules}. */
public record AnnouncementContent(
        String title,
        String summary,
        String bodyMarkdown,
        SourceType sourceType,
        String issuingBody,
        String country,
        List<Topic> topics,
        List<OfficialLink> links,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        String language) {
}

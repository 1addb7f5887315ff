package eu.clusterhub.announcement;

import java.util.List;

/**
 * An announcement as typed into the editor or sent to the API: text only, nothing checked
 * yet. {@code verified} means "I have checked this against the official source".
 */
public record AnnouncementInput(
        String title,
        String summary,
        String body,
        String sourceType,
        String issuingBody,
        String country,
        List<String> topics,
        List<LinkInput> links,
        String effectiveDate,
        String expiryDate,
        String language,
        boolean verified) {

    public record LinkInput(String url, String label) {
    }
}

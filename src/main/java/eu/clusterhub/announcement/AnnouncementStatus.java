package eu.clusterhub.announcement;

import java.util.Locale;
import java.util.Optional;

/** Drafts are seen by moderators only; published and archived ones by everyone. */
public enum AnnouncementStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }

    public static Optional<AnnouncementStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

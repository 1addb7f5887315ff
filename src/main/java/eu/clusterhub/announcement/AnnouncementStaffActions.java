package eu.clusterhub.announcement;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * What moderators do to announcements, as the audit log records it: create, edit, verify
 * (an edit that vouches for the text), publish (which verifies an unverified one), archive,
 * pin and unpin. A member's suggestion is not a staff action.
 */
@ApplicationScoped
public class AnnouncementStaffActions implements StaffActions {

    static final String CREATE = "announcement.create";
    static final String EDIT = "announcement.edit";
    static final String VERIFY = "announcement.verify";
    static final String PUBLISH = "announcement.publish";
    static final String ARCHIVE = "announcement.archive";
    static final String PIN = "announcement.pin";
    static final String UNPIN = "announcement.unpin";

    @Override
    public Set<String> names() {
        return Set.of(CREATE, EDIT, VERIFY, PUBLISH, ARCHIVE, PIN, UNPIN);
    }

    /** The action of a state change of {@link AnnouncementService}. */
    static String of(RevisionAction action) {
        return switch (action) {
            case PUBLISHED -> PUBLISH;
            case ARCHIVED -> ARCHIVE;
            case PINNED -> PIN;
            case UNPINNED -> UNPIN;
            default -> throw new IllegalArgumentException("not a staff transition: " + action);
        };
    }
}

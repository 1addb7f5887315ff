package eu.clusterhub.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Who writes, suggests and sees drafts of announcements, without a container. */
class AnnouncementPermissionsTest {

    private static final AnnouncementPermissions ANONYMOUS = new AnnouncementPermissions(false, false, false);
    private static final AnnouncementPermissions UNCONFIRMED = new AnnouncementPermissions(true, false, false);
    private static final AnnouncementPermissions MEMBER = new AnnouncementPermissions(true, false, true);
    private static final AnnouncementPermissions MODERATOR = new AnnouncementPermissions(true, true, true);

    @Test
    void moderatorsWriteMembersSuggestVisitorsAreAskedToSignIn() {
        assertThat(MODERATOR.mayWrite().isGranted()).isTrue();
        assertThat(MEMBER.mayWrite().refusal()).isInstanceOf(Forbidden.class).hasMessage("Only moderators can change announcements");
        assertThat(ANONYMOUS.mayWrite().refusal()).isInstanceOf(NotAuthenticated.class);

        assertThat(MEMBER.maySuggest().isGranted()).isTrue();
        assertThat(UNCONFIRMED.maySuggest().refusal()).isInstanceOf(Forbidden.class).hasMessageContaining("Confirm your email");
        assertThat(ANONYMOUS.maySuggest().refusal()).isInstanceOf(NotAuthenticated.class);
    }

    @Test
    void draftsAreNotFoundExceptForModerators() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
        Announcement draft = new Announcement("masks", 1L, now);
        Announcement published = new Announcement("valves", 1L, now);
        published.publish(now);

        assertThat(MODERATOR.maySee(draft).isGranted()).isTrue();
        for (AnnouncementPermissions reader : new AnnouncementPermissions[] {ANONYMOUS, UNCONFIRMED, MEMBER}) {
            assertThat(reader.maySeeDrafts()).isFalse();
            assertThat(reader.maySee(draft).refusal()).isInstanceOf(NotFound.class);
            assertThat(reader.maySee(published).isGranted()).isTrue();
        }
    }
}

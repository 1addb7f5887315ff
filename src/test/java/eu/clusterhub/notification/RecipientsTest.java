package eu.clusterhub.notification;

import static eu.clusterhub.notification.NotificationKind.BOARD_POST;
import static eu.clusterhub.notification.NotificationKind.MENTION;
import static eu.clusterhub.notification.NotificationKind.QUOTE;
import static eu.clusterhub.notification.NotificationKind.REPLY;
import static eu.clusterhub.notification.NotificationKind.THREAD_POST;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.Recipients.Candidate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final Set<Long> ALL_ACTIVE = Set.of(1L, 2L, 3L, 4L, 5L);

    @Test
    void everyoneConcernedGetsOneNotificationOfTheirMostPersonalKind() {
        List<Candidate> chosen = Recipients.choose(List.of(
                new Candidate(2, THREAD_POST), new Candidate(3, BOARD_POST), new Candidate(2, REPLY),
                new Candidate(4, THREAD_POST), new Candidate(4, MENTION), new Candidate(3, THREAD_POST), new Candidate(5, QUOTE),
                new Candidate(5, REPLY)), 1L, ALL_ACTIVE, Set.of());
        assertThat(chosen).containsExactlyInAnyOrder(new Candidate(2, REPLY), new Candidate(3, THREAD_POST),
                new Candidate(4, MENTION), new Candidate(5, QUOTE));
    }

    @Test
    void neverTheActor() {
        assertThat(Recipients.choose(List.of(new Candidate(1, REPLY), new Candidate(1, THREAD_POST), new Candidate(2, THREAD_POST)),
                1L, ALL_ACTIVE, Set.of())).containsExactly(new Candidate(2, THREAD_POST));
    }

    @Test
    void neverAnAccountThatIsNotActive() {
        assertThat(Recipients.choose(List.of(new Candidate(2, MENTION), new Candidate(3, THREAD_POST)), 1L, Set.of(3L), Set.of()))
                .containsExactly(new Candidate(3, THREAD_POST));
    }

    @Test
    void mutingAThreadSilencesEvenWhatIsAddressedToYou() {
        assertThat(Recipients.choose(List.of(new Candidate(2, MENTION), new Candidate(2, REPLY), new Candidate(3, REPLY)), 1L,
                ALL_ACTIVE, Set.of(2L))).containsExactly(new Candidate(3, REPLY));
    }

    @Test
    void aSystemEventHasNoActor() {
        assertThat(Recipients.choose(List.of(new Candidate(1, NotificationKind.MODERATION)), null, ALL_ACTIVE, Set.of()))
                .containsExactly(new Candidate(1, NotificationKind.MODERATION));
    }
}

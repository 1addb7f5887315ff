package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import org.junit.jupiter.api.Test;

class WatchTargetTest {

    @Test
    void threadsAndBoardsAreNamedByTheirId() {
        assertThat(WatchTarget.of("thread", 7L, null).key()).isEqualTo("thread:7");
        assertThat(WatchTarget.of("board", 2L, null).key()).isEqualTo("board:2");
        assertThat(field(() -> WatchTarget.of("thread", null, null))).isEqualTo("target.id");
        assertThat(field(() -> WatchTarget.of("board", 0L, null))).isEqualTo("target.id");
        assertThat(field(() -> WatchTarget.of("thread", 7L, "x=y"))).isEqualTo("target.filter");
    }

    @Test
    void filtersAreNormalisedSoOneFilterIsOneWatch() {
        WatchTarget a = WatchTarget.of("announcements", null, " country=DE & topic=state-aid ");
        WatchTarget b = WatchTarget.of("announcements", null, "TOPIC=state-aid&country=DE");
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo("announcements:country=DE&topic=state-aid");
        assertThat(WatchTarget.of("search", null, "  valves   country:IT ").filter()).isEqualTo("valves country:IT");
        assertThat(WatchTarget.of("matchmaking", null, "kind=need&country=IT").key()).isEqualTo("matchmaking:country=IT&kind=need");
    }

    @Test
    void badTargetsAreRefusedFieldByField() {
        assertThat(field(() -> WatchTarget.of("planet", 1L, null))).isEqualTo("target.type");
        assertThat(field(() -> WatchTarget.of(null, 1L, null))).isEqualTo("target.type");
        assertThat(field(() -> WatchTarget.of("announcements", null, "colour=red"))).isEqualTo("target.filter");
        assertThat(field(() -> WatchTarget.of("announcements", null, ""))).isEqualTo("target.filter");
        assertThat(field(() -> WatchTarget.of("announcements", 4L, "topic=x"))).isEqualTo("target.id");
        assertThat(field(() -> WatchTarget.of("matchmaking", null, "kind=both"))).isEqualTo("target.filter");
        assertThat(field(() -> WatchTarget.of("search", null, " "))).isEqualTo("target.filter");
        assertThat(field(() -> WatchTarget.of("search", null, "x".repeat(201)))).isEqualTo("target.filter");
    }

    @Test
    void newThreadsIsALevelForBoardsOnly() {
        assertThat(WatchTarget.board(1).allows(WatchLevel.NEW_THREADS)).isTrue();
        assertThat(WatchTarget.thread(1).allows(WatchLevel.NEW_THREADS)).isFalse();
        assertThat(WatchTarget.thread(1).allows(WatchLevel.MUTED)).isTrue();
        assertThat(WatchLevel.of("new-threads")).contains(WatchLevel.NEW_THREADS);
        assertThat(WatchLevel.of("loud")).isEmpty();
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (ValidationFailed e) {
            return e.errors().get(0).field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNegativeIdIsRefused() {
        assertThatThrownBy(() -> WatchTarget.of("thread", -1L, null)).isInstanceOf(ValidationFailed.class);
    }
}

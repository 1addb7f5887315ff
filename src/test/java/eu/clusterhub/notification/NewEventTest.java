package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NewEventTest {

    private static NewEvent reply() {
        return NewEvent.of(NotificationKind.THREAD_POST, 3L, "post", 9)
                .target("thread", 7, "/threads/7?post=9#post-9", "Valves for ventilators")
                .thread(7).summary("We can print 200 a week")
                .to(5, NotificationKind.REPLY)
                .watchersOf(WatchTarget.thread(7), NotificationKind.THREAD_POST, WatchLevel.WATCHING)
                .watchersOf(WatchTarget.board(2), NotificationKind.BOARD_POST, WatchLevel.WATCHING);
    }

    @Test
    void thePayloadNamesTheTargetTheAddressedAndTheWatchTargets() {
        JsonObject payload = reply().payload();
        assertThat(payload.getJsonObject("target").getString("url")).isEqualTo("/threads/7?post=9#post-9");
        assertThat(payload.getJsonNumber("thread").longValue()).isEqualTo(7);
        assertThat(payload.getJsonArray("to").getJsonObject(0).getString("kind")).isEqualTo("reply");
        assertThat(payload.getJsonArray("watchers").getJsonObject(1).getString("key")).isEqualTo("board:2");
        assertThat(FanOut.wellFormed(payload)).isTrue();
    }

    @Test
    void whatTheFanOutCannotReadIsRecognised() {
        assertThat(FanOut.wellFormed(null)).isFalse();
        assertThat(FanOut.wellFormed(json("{}"))).isFalse();
        assertThat(FanOut.wellFormed(json("{\"target\":{\"type\":\"thread\",\"id\":\"x\",\"url\":\"/t\",\"title\":\"\"},\"to\":[],\"watchers\":[]}")))
                .isFalse();
        assertThat(FanOut.wellFormed(json("{\"target\":{\"type\":\"thread\",\"id\":1,\"url\":\"/t\",\"title\":\"\"},\"to\":[{}],\"watchers\":[]}")))
                .isFalse();
        assertThat(FanOut.wellFormed(json("{\"target\":{\"type\":\"thread\",\"id\":1,\"url\":\"/t\",\"title\":\"\"},\"to\":[],\"watchers\":[]}")))
                .isTrue();
    }

    @Test
    void linksStayInsideThePortalAndLongTextsAreCut() {
        assertThatThrownBy(() -> reply().target("thread", 7, "https://evil.example/x", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reply().target("thread", 7, "//evil.example/x", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NewEvent.of(NotificationKind.ACCEPTED, 1L, "post", 1).payload()).isInstanceOf(IllegalStateException.class);
        JsonObject payload = reply().summary("x".repeat(5000)).payload();
        assertThat(payload.getString("summary")).hasSize(NewEvent.MAX_SUMMARY).endsWith("…");
    }

    private static JsonObject json(String text) {
        try (var reader = Jsons.reader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}

package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void defaultsMailWhatIsAddressedAtOnceAndWhatIsWatchedDaily() {
        NotificationSettings defaults = NotificationSettings.defaults();
        assertThat(defaults.delivery(NotificationKind.MENTION)).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(defaults.delivery(NotificationKind.MESSAGE)).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(defaults.delivery(NotificationKind.BOARD_THREAD)).isEqualTo(Delivery.DAILY);
        assertThat(defaults.digestHour()).isEqualTo(8);
        assertThat(defaults.toJson().getJsonObject("kinds")).hasSize(NotificationKind.values().length);
    }

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        NotificationSettings changed = NotificationSettings.defaults().changedBy(json("{\"kinds\":{\"mention\":\"weekly\"}}"));
        assertThat(changed.delivery(NotificationKind.MENTION)).isEqualTo(Delivery.WEEKLY);
        assertThat(changed.delivery(NotificationKind.REPLY)).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(changed.timeZone()).isEqualTo(NotificationSettings.DEFAULT_ZONE);
        NotificationSettings moved = changed.changedBy(json("{\"digestHour\":0,\"timeZone\":\"America/New_York\"}"));
        assertThat(moved.digestHour()).isZero();
        assertThat(moved.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(moved.delivery(NotificationKind.MENTION)).isEqualTo(Delivery.WEEKLY);
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        ValidationFailed failed = catchThrowableOfType(() -> NotificationSettings.defaults().changedBy(json(
                "{\"digestHour\":-1,\"timeZone\":\"GMT+2\",\"kinds\":{\"mention\":\"hourly\",\"planet\":\"daily\",\"reply\":3},\"x\":1}")),
                ValidationFailed.class);
        assertThat(failed.errors()).extracting(ValidationFailed.FieldError::field)
                .containsExactlyInAnyOrder("x", "digestHour", "timeZone", "kinds.mention", "kinds.planet", "kinds.reply");
    }

    @Test
    void storedKindsKeepOnlyWhatDiffersFromTheDefaultsAndReadBackTheSame() {
        NotificationSettings s = NotificationSettings.defaults().with(NotificationKind.MENTION, Delivery.NEVER)
                .with(NotificationKind.THREAD_POST, Delivery.DAILY);
        assertThat(s.storedKinds()).isEqualTo("{\"mention\":\"never\"}");
        NotificationSettings read = NotificationSettings.stored(7, "Europe/Rome", s.storedKinds());
        assertThat(read.kinds()).isEqualTo(s.kinds());
        assertThat(NotificationSettings.stored(7, "No/Where", "{\"planet\":\"daily\",\"reply\":\"loud\"}"))
                .as("what is no longer known falls back").isEqualTo(new NotificationSettings(7, NotificationSettings.DEFAULT_ZONE,
                        java.util.Map.of()));
    }
}

package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private static final String BASE = "https://clusterhub.example.org";

    @Test
    void oneNotificationSaysWhoDidWhatWhereWithLinks() {
        MailText.Composed mail = MailText.immediate("Anna", List.of(new MailText.Item(NotificationKind.MENTION, "Bruno",
                        "Valves\r\nBcc: x@example.org", "/threads/7?post=9#post-9", "Ask @anna", LocalDateTime.of(2026, 1, 15, 9, 30))),
                ZoneId.of("Europe/Rome"), BASE, "1.mention.2.sig", "1.all.2.sig");
        assertThat(mail.subject()).isEqualTo("Bruno mentioned you: Valves Bcc: x@example.org").doesNotContain("\n");
        assertThat(mail.text()).contains("Hello Anna,").contains("* Bruno mentioned you in \"Valves Bcc: x@example.org\" (15 Jan 2026, 10:30)")
                .contains("  Ask @anna\n").contains(BASE + "/threads/7?post=9#post-9")
                .contains(BASE + "/notification-settings").contains(BASE + "/unsubscribe?token=1.mention.2.sig")
                .contains(BASE + "/unsubscribe?token=1.all.2.sig");
    }

    @Test
    void aDigestCountsAndListsEverything() {
        List<MailText.Item> items = List.of(
                new MailText.Item(NotificationKind.BOARD_THREAD, "Carla", "Masks", "/threads/1", "", LocalDateTime.of(2026, 1, 15, 9, 0)),
                new MailText.Item(NotificationKind.THREAD_POST, "Dario", "Gloves", "/threads/2?post=5#post-5", "Nitrile",
                        LocalDateTime.of(2026, 1, 15, 11, 0)));
        MailText.Composed mail = MailText.digest(Delivery.DAILY, LocalDate.of(2026, 1, 16), "Anna", items, ZoneId.of("UTC"), BASE, "t", "a");
        assertThat(mail.subject()).isEqualTo("Your daily ClusterHub digest of 16 Jan 2026: 2 notifications");
        assertThat(mail.text()).contains(BASE + "/threads/1\n").contains(BASE + "/threads/2?post=5#post-5")
                .contains("Carla started a thread in a board you watch").contains(BASE + "/notifications\n");
    }

    @Test
    void scopesInWords() {
        assertThat(MailText.scope("all")).isEqualTo("all notification mails");
        assertThat(MailText.scope("reply")).isEqualTo("mails about replies to you");
        assertThat(MailText.scope("weekly")).isEqualTo("the weekly digest");
        assertThat(MailText.scope("immediately")).isEqualTo("the mails sent at once");
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(MailText.about(kind)).as(kind.code()).isNotBlank();
        }
    }

    @Test
    void theMessageIdDependsOnTheKeyOnly() {
        String id = MailSender.messageId("daily:5:2026-01-16", BASE);
        assertThat(id).isEqualTo(MailSender.messageId("daily:5:2026-01-16", BASE)).startsWith("<").endsWith(".notification@clusterhub.example.org>");
        assertThat(MailSender.messageId("daily:5:2026-01-17", BASE)).isNotEqualTo(id);
    }
}

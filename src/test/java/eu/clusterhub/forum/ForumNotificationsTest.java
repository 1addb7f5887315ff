package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary a notification shows of a post. */
class ForumNotificationsTest {

    @Test
    void theSummaryIsThePostsStartAsPlainTextWithoutQuotesOrCode() {
        assertThat(ForumNotifications.excerpt("We need **200 valves** a week, see [the spec](https://x.example/s).\n\n- PA12"))
                .isEqualTo("We need 200 valves a week, see the spec. - PA12");
        assertThat(ForumNotifications.excerpt("Giulia wrote:\n\n> old text\n> more\n\nNew text")).isEqualTo("Giulia wrote: New text");
        assertThat(ForumNotifications.excerpt("# Title\n```\ncode\n```")).isEqualTo("Title code");
        assertThat(ForumNotifications.excerpt(null)).isEmpty();
        assertThat(ForumNotifications.excerpt("word ".repeat(100))).hasSize(ForumNotifications.SUMMARY).endsWith("…");
    }
}

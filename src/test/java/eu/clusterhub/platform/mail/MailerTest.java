package eu.clusterhub.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailerTest {

    private static final String TEXT = "open https://clusterhub.example.org/password?token=s3cret-token\n";

    @Test
    void aMailNotSentIsLoggedWithoutItsTextAndSecrets() {
        assertThat(Mailer.logged("anna@example.org", "Reset your ClusterHub password", TEXT, false))
                .contains("to=\"anna@example.org\"", "subject=\"Reset your ClusterHub password\"")
                .doesNotContain("token", "s3cret");
    }

    @Test
    void developmentLogsTheWholeMailSoItsLinksCanBeFollowed() {
        assertThat(Mailer.logged("anna@example.org", "Reset", TEXT, true)).contains("password?token=s3cret-token");
    }
}

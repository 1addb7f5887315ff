package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsubscribeTokenTest {

    private static final byte[] SECRET = "a-secret-of-the-portal-at-least-32-chars".getBytes(StandardCharsets.UTF_8);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aSignedTokenVerifiesToWhatItSays() {
        String token = new UnsubscribeToken(42, "mention", TODAY).sign(SECRET);
        assertThat(token).startsWith("42.mention." + TODAY.toEpochDay() + ".").matches("[A-Za-z0-9._-]+");
        assertThat(UnsubscribeToken.verify(token, SECRET, TODAY)).contains(new UnsubscribeToken(42, "mention", TODAY));
        assertThat(UnsubscribeToken.verify(token, SECRET, TODAY.plusDays(300))).as("still good months later").isPresent();
    }

    @Test
    void anyChangeBreaksIt() {
        String token = new UnsubscribeToken(42, "mention", TODAY).sign(SECRET);
        String[] p = token.split("\\.");
        assertThat(UnsubscribeToken.verify("43." + p[1] + "." + p[2] + "." + p[3], SECRET, TODAY)).as("another account").isEmpty();
        assertThat(UnsubscribeToken.verify(p[0] + ".all." + p[2] + "." + p[3], SECRET, TODAY)).as("a wider scope").isEmpty();
        assertThat(UnsubscribeToken.verify(p[0] + "." + p[1] + "." + (Long.parseLong(p[2]) + 1) + "." + p[3], SECRET, TODAY))
                .as("a later date").isEmpty();
        char c = p[3].charAt(5);
        String flipped = p[3].substring(0, 5) + (c == 'x' ? 'y' : 'x') + p[3].substring(6);
        assertThat(UnsubscribeToken.verify(p[0] + "." + p[1] + "." + p[2] + "." + flipped, SECRET, TODAY)).as("the signature").isEmpty();
        assertThat(UnsubscribeToken.verify(token, "another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8), TODAY))
                .as("another portal's secret").isEmpty();
        assertThat(UnsubscribeToken.verify(token + ".x", SECRET, TODAY)).isEmpty();
        assertThat(UnsubscribeToken.verify(p[0] + "." + p[1] + "." + p[2] + ".", SECRET, TODAY)).isEmpty();
        assertThat(UnsubscribeToken.verify("", SECRET, TODAY)).isEmpty();
        assertThat(UnsubscribeToken.verify(null, SECRET, TODAY)).isEmpty();
        assertThat(UnsubscribeToken.verify("x".repeat(500), SECRET, TODAY)).isEmpty();
    }

    @Test
    void oldTokensAndTokensFromTheFutureAreRefused() {
        String old = new UnsubscribeToken(42, "all", TODAY.minusDays(UnsubscribeToken.VALID_DAYS + 1)).sign(SECRET);
        assertThat(UnsubscribeToken.verify(old, SECRET, TODAY)).isEmpty();
        String future = new UnsubscribeToken(42, "all", TODAY.plusDays(5)).sign(SECRET);
        assertThat(UnsubscribeToken.verify(future, SECRET, TODAY)).isEmpty();
    }

    @Test
    void scopesAreKindsDeliveriesOrAll() {
        assertThat(UnsubscribeToken.isScope("thread-post")).isTrue();
        assertThat(UnsubscribeToken.isScope("daily")).isTrue();
        assertThat(UnsubscribeToken.isScope("immediately")).isTrue();
        assertThat(UnsubscribeToken.isScope("all")).isTrue();
        assertThat(UnsubscribeToken.isScope("never")).isFalse();
        assertThat(UnsubscribeToken.isScope("planet")).isFalse();
        assertThatThrownBy(() -> new UnsubscribeToken(1, "planet", TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void applyingATokenSetsItsScopeToNever() {
        NotificationSettings defaults = NotificationSettings.defaults();
        NotificationSettings noMentions = new UnsubscribeToken(1, "mention", TODAY).applyTo(defaults);
        assertThat(noMentions.delivery(NotificationKind.MENTION)).isEqualTo(Delivery.NEVER);
        assertThat(noMentions.delivery(NotificationKind.REPLY)).isEqualTo(Delivery.IMMEDIATELY);
        NotificationSettings noDigest = new UnsubscribeToken(1, "daily", TODAY).applyTo(defaults);
        assertThat(noDigest.delivery(NotificationKind.THREAD_POST)).isEqualTo(Delivery.NEVER);
        assertThat(noDigest.delivery(NotificationKind.MENTION)).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(new UnsubscribeToken(1, "all", TODAY).applyTo(defaults).kinds().values()).containsOnly(Delivery.NEVER);
        assertThat(noMentions.digestHour()).isEqualTo(defaults.digestHour());
    }

    @Test
    void withoutAConfiguredSecretOneIsGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("notification-secret");
        byte[] first = UnsubscribeTokens.fromFile(file);
        assertThat(first.length).isGreaterThanOrEqualTo(UnsubscribeTokens.MIN_SECRET_LENGTH);
        assertThat(UnsubscribeTokens.fromFile(file)).as("the same after a restart").isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).as("no draft left behind").containsExactly(file);
        }
        assertThatThrownBy(() -> UnsubscribeTokens.checked("too short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }
}

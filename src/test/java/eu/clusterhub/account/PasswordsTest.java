package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashesWithFewerIterationsOrAnotherAlgorithmNeedARehash() {
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA==", 600_000)).isTrue();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", 600_000)).isFalse();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA256:700000:c2FsdA==:aGFzaA==", 600_000)).isFalse();
        assertThat(Passwords.needsRehash("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==", 600_000)).isTrue();
        assertThat(Passwords.needsRehash("garbage", 600_000)).isTrue();
        assertThat(Passwords.needsRehash(null, 600_000)).as("erased accounts have none").isFalse();
    }
}

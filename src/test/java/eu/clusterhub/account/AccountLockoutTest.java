package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 16, 9, 0);

    private static Account account() {
        return new Account("a@example.org", "A", "hash", Role.MEMBER, null);
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusMinutes(i));
            assertThat(account.isLockedAt(T0.plusMinutes(i))).isFalse();
        }
        account.recordFailedLogin(T0.plusMinutes(14));

        assertThat(account.isLockedAt(T0.plusMinutes(14))).isTrue();
        assertThat(account.isLockedAt(T0.plusMinutes(28))).isTrue();
        assertThat(account.isLockedAt(T0.plusMinutes(29).plusSeconds(1))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusMinutes(i));
        }
        account.recordFailedLogin(T0.plusMinutes(16));

        assertThat(account.isLockedAt(T0.plusMinutes(16))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusMinutes(i));
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(T0.plusMinutes(5));

        assertThat(account.isLockedAt(T0.plusMinutes(5))).isFalse();
    }
}

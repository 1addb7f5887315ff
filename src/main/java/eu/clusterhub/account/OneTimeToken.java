package eu.clusterhub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A single-use, expiring token sent by mail; only its hash is stored. */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "new_email", length = 254)
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected OneTimeToken() {
        // for JPA
    }

    OneTimeToken(long accountId, Purpose purpose, String tokenHash, LocalDateTime expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = Clock.now();
        this.expiresAt = expiresAt;
    }

    boolean isUsable(LocalDateTime now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use() {
        usedAt = Clock.now();
    }

    void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    String getNewEmail() {
        return newEmail;
    }

    long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }
}

package eu.clusterhub.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/** A person's account. The email is stored lower-cased; the password only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {

    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 254, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "email_verified_at")
    private LocalDateTime emailVerifiedAt;

    @Column(name = "terms_accepted_at")
    private LocalDateTime termsAcceptedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_at")
    private LocalDateTime firstFailedAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** Read-only (may sign in and read, not write) until then; set by a moderator. */
    @Column(name = "silenced_until")
    private LocalDateTime silencedUntil;

    /** May not sign in until then; set by a moderator for a period (admins suspend without end: status). */
    @Column(name = "suspended_until")
    private LocalDateTime suspendedUntil;

    /** Why the account was silenced or suspended for a period, as the member is told. */
    @Column(name = "sanction_reason", length = 500)
    private String sanctionReason;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String email, String displayName, String passwordHash, Role role, Organisation organisation) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = AccountStatus.ACTIVE;
        this.organisation = organisation;
        this.createdAt = Clock.now();
        this.updatedAt = createdAt;
        this.termsAcceptedAt = createdAt;
    }

    void markEmailVerified() {
        emailVerifiedAt = Clock.now();
        touch();
    }

    /** Counts a failed sign-in; the fifth within the window locks the account for a while. */
    void recordFailedLogin(LocalDateTime now) {
        if (firstFailedAt == null || firstFailedAt.plus(FAILURE_WINDOW).isBefore(now)) {
            firstFailedAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        firstFailedAt = null;
        lockedUntil = null;
    }

    boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean hasRecentFailures(LocalDateTime now) {
        return firstFailedAt != null && !firstFailedAt.plus(FAILURE_WINDOW).isBefore(now);
    }

    /** Unconfirmed for longer than this: the address was probably mistyped or not the registrant's. */
    boolean isUnconfirmedSince(LocalDateTime cutoff) {
        return emailVerifiedAt == null && status == AccountStatus.ACTIVE && createdAt.isBefore(cutoff);
    }

    void changeEmail(String newEmail) {
        email = newEmail;
        emailVerifiedAt = Clock.now();
        touch();
    }

    void changeRole(Role newRole) {
        role = newRole;
        touch();
    }

    void suspend() {
        status = AccountStatus.SUSPENDED;
        touch();
    }

    void reactivate() {
        status = AccountStatus.ACTIVE;
        touch();
    }

    void changePasswordHash(String hash) {
        passwordHash = hash;
        touch();
    }

    /** GDPR erasure: personal data goes, the row stays so that posts keep an author. */
    void erase() {
        email = null;
        displayName = "deleted user";
        passwordHash = null;
        status = AccountStatus.DELETED;
        emailVerifiedAt = null;
        organisation = null;
        touch();
    }

    private void touch() {
        updatedAt = Clock.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public long getVersion() {
        return version;
    }

    /** May write: active, with a verified email, and not silenced by a moderator. */
    public boolean canPost() {
        return isActive() && isEmailVerified() && !isSilenced();
    }

    /** Active and not suspended for a period: may sign in and use the portal. */
    public boolean isActive() {
        return status == AccountStatus.ACTIVE && !isSuspendedForAPeriod();
    }

    /** Silenced by a moderator until a time still to come: reads, but writes nothing. */
    public boolean isSilenced() {
        return silencedUntil != null && silencedUntil.isAfter(Clock.now());
    }

    /** Suspended by a moderator until a time still to come (ends by itself then). */
    public boolean isSuspendedForAPeriod() {
        return suspendedUntil != null && suspendedUntil.isAfter(Clock.now());
    }

    /** A moderator's sanction: read-only until a time (null lifts it). */
    public void silenceUntil(LocalDateTime until, String reason) {
        silencedUntil = until;
        sanctionReason = reason;
        touch();
    }

    /** A moderator's sanction: no sign-in until a time (null lifts it). */
    public void suspendUntil(LocalDateTime until, String reason) {
        suspendedUntil = until;
        sanctionReason = reason;
        touch();
    }

    public LocalDateTime getSilencedUntil() {
        return silencedUntil;
    }

    public LocalDateTime getSuspendedUntil() {
        return suspendedUntil;
    }

    public String getSanctionReason() {
        return sanctionReason;
    }

    /** Moderator or admin: the role checks of every feature's permissions start here. */
    public boolean isModerator() {
        return role.atLeast(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return role.atLeast(Role.ADMIN);
    }

    /** Whether this is the account with that id (the author of a post, say). */
    /**
     * Whether a viewer (null: anonymous) sees a member's item in this moderation state: everyone
     * sees a visible one; a held or hidden one only its author and the moderators. The one rule
     * of threads, posts, offers, needs and conversation messages.
     */
    public static boolean sees(Account viewer, eu.clusterhub.platform.ModerationState state, long authorId) {
        return state.isVisible() || viewer != null && (viewer.isModerator() || viewer.is(authorId));
    }

    public boolean is(long accountId) {
        return id != null && id == accountId;
    }
}

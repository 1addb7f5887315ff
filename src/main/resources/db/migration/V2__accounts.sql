-- Accounts, their organisations, single-use tokens (email verification, password reset,
-- email change) and personal API tokens. Secrets are never stored: only SHA-256 hashes of
-- tokens, and PBKDF2 hashes of passwords.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    country     CHAR(2)      NOT NULL,
    sector      VARCHAR(120) NULL,
    verified_at DATETIME(6)  NULL,
    verified_by BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX organisation_name (name),
    INDEX organisation_verified (verified_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254) NULL,
    display_name      VARCHAR(80)  NOT NULL,
    password_hash     VARCHAR(500) NULL,
    role              VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    organisation_id   BIGINT       NULL,
    email_verified_at DATETIME(6)  NULL,
    terms_accepted_at DATETIME(6)  NULL,
    failed_logins     INT          NOT NULL DEFAULT 0,
    first_failed_at   DATETIME(6)  NULL,
    locked_until      DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- stored lower-cased, so this also refuses the same address in another case
    CONSTRAINT account_email_unique UNIQUE (email),
    CONSTRAINT account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX account_role_status (role, status),
    INDEX account_display_name (display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE organisation
    ADD CONSTRAINT organisation_verified_by_fk FOREIGN KEY (verified_by) REFERENCES account (id) ON DELETE SET NULL;

CREATE TABLE one_time_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    purpose    VARCHAR(24)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    new_email  VARCHAR(254) NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT one_time_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT one_time_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX one_time_token_account (account_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX api_token_account (account_id, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Matchmaking of production capacity: offers ("we make 5,000 FFP2 masks a week") and
-- needs ("2,000 FFP2 masks in Lombardy by Friday"), each with its discussion thread, the
-- revisions of their edits, the private conversations a match opens, pledges against a
-- need, and the links of the expiry reminders. Every column a list filters or sorts on
-- is indexed; the matching query reads offers by (status, category) and needs by
-- (status, category, country).

CREATE TABLE offer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id           BIGINT       NOT NULL,
    organisation_id    BIGINT       NULL,
    category_id        BIGINT       NOT NULL,
    title              VARCHAR(150) NOT NULL,
    description_markdown MEDIUMTEXT NOT NULL,
    description_html   MEDIUMTEXT   NOT NULL,
    capacity_per_week  BIGINT       NOT NULL,
    unit               VARCHAR(16)  NOT NULL,
    lead_time_days     INT          NOT NULL,
    minimum_order      BIGINT       NOT NULL DEFAULT 0,
    -- true: ships to every EU/EEA country, offer_country is empty
    all_countries      BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_until        DATE         NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    language           CHAR(2)      NOT NULL,
    thread_id          BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    reminded_at        DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT offer_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id),
    -- an erased member's organisation may go: the listing stays, without it
    CONSTRAINT offer_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
    CONSTRAINT offer_category_fk FOREIGN KEY (category_id) REFERENCES product_category (id),
    CONSTRAINT offer_thread_fk FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    -- a need's candidate offers (MatchCandidates.offersFor) are read from this index alone: it
    -- holds every column that query filters, sorts or returns. With (status, category_id,
    -- valid_until) MariaDB read each of the 28,000 open offers of a crowded category from the
    -- table (160 ms at 100,000 offers); from here it takes 20 ms (src/docs/matchmaking-benchmark.md)
    INDEX offer_candidates (status, category_id, unit, valid_until, lead_time_days, minimum_order, capacity_per_week,
                            all_countries, owner_id, organisation_id),
    INDEX offer_listing (status, created_at),
    INDEX offer_expiry (status, valid_until),
    INDEX offer_owner (owner_id, created_at),
    INDEX offer_thread (thread_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer_country (
    offer_id BIGINT  NOT NULL,
    country  CHAR(2) NOT NULL,
    PRIMARY KEY (offer_id, country),
    CONSTRAINT offer_country_offer_fk FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    INDEX offer_country_by_country (country, offer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer_certification (
    offer_id         BIGINT NOT NULL,
    certification_id BIGINT NOT NULL,
    PRIMARY KEY (offer_id, certification_id),
    CONSTRAINT offer_certification_offer_fk FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT offer_certification_certification_fk FOREIGN KEY (certification_id) REFERENCES certification (id),
    INDEX offer_certification_by_certification (certification_id, offer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id           BIGINT       NOT NULL,
    organisation_id    BIGINT       NULL,
    category_id        BIGINT       NOT NULL,
    title              VARCHAR(150) NOT NULL,
    description_markdown MEDIUMTEXT NOT NULL,
    description_html   MEDIUMTEXT   NOT NULL,
    quantity           BIGINT       NOT NULL,
    unit               VARCHAR(16)  NOT NULL,
    needed_by          DATE         NOT NULL,
    country            CHAR(2)      NOT NULL,
    region             VARCHAR(5)   NULL,
    status             VARCHAR(16)  NOT NULL,
    -- the sum of the pledges, kept with them under a lock on this row
    pledged            BIGINT       NOT NULL DEFAULT 0,
    language           CHAR(2)      NOT NULL,
    thread_id          BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    reminded_at        DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT need_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT need_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
    CONSTRAINT need_category_fk FOREIGN KEY (category_id) REFERENCES product_category (id),
    CONSTRAINT need_thread_fk FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
    INDEX need_matching (status, category_id, country, needed_by),
    INDEX need_by_country (country, status),
    INDEX need_listing (status, created_at),
    INDEX need_expiry (status, needed_by),
    INDEX need_owner (owner_id, created_at),
    INDEX need_thread (thread_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_certification (
    need_id          BIGINT NOT NULL,
    certification_id BIGINT NOT NULL,
    PRIMARY KEY (need_id, certification_id),
    CONSTRAINT need_certification_need_fk FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE,
    CONSTRAINT need_certification_certification_fk FOREIGN KEY (certification_id) REFERENCES certification (id),
    INDEX need_certification_by_certification (certification_id, need_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an offer or need looked like before each edit (a JSON snapshot of its fields).
CREATE TABLE listing_revision (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    listing_kind VARCHAR(8)  NOT NULL,
    listing_id   BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    editor_id    BIGINT      NOT NULL,
    edited_at    DATETIME(6) NOT NULL,
    snapshot     MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT listing_revision_editor_fk FOREIGN KEY (editor_id) REFERENCES account (id),
    INDEX listing_revision_by_listing (listing_kind, listing_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a supplier pledged against a need, recorded by the need's owner.
CREATE TABLE pledge (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    need_id     BIGINT      NOT NULL,
    offer_id    BIGINT      NOT NULL,
    quantity    BIGINT      NOT NULL,
    pledged_on  DATE        NOT NULL,
    recorded_by BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pledge_need_fk FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT pledge_offer_fk FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT pledge_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES account (id),
    INDEX pledge_by_need (need_id, created_at),
    INDEX pledge_by_offer (offer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A private conversation about one need and one offer, between their two owners.
CREATE TABLE conversation (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    need_id         BIGINT      NOT NULL,
    offer_id        BIGINT      NOT NULL,
    need_owner_id   BIGINT      NOT NULL,
    offer_owner_id  BIGINT      NOT NULL,
    started_by      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    last_message_at DATETIME(6) NOT NULL,
    message_count   INT         NOT NULL DEFAULT 0,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT conversation_pair_unique UNIQUE (need_id, offer_id),
    CONSTRAINT conversation_need_fk FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT conversation_offer_fk FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT conversation_need_owner_fk FOREIGN KEY (need_owner_id) REFERENCES account (id),
    CONSTRAINT conversation_offer_owner_fk FOREIGN KEY (offer_owner_id) REFERENCES account (id),
    INDEX conversation_need_owner (need_owner_id, last_message_at),
    INDEX conversation_offer_owner (offer_owner_id, last_message_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conversation_message (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT      NOT NULL,
    author_id       BIGINT      NOT NULL,
    body_markdown   MEDIUMTEXT  NOT NULL,
    body_html       MEDIUMTEXT  NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT conversation_message_conversation_fk FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT conversation_message_author_fk FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX conversation_message_in_order (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last message each participant has read: unread counts of the inbox.
CREATE TABLE conversation_reader (
    conversation_id      BIGINT NOT NULL,
    account_id           BIGINT NOT NULL,
    last_read_message_id BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, account_id),
    CONSTRAINT conversation_reader_conversation_fk FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    INDEX conversation_reader_by_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every read of a conversation by a moderator who is not part of it.
CREATE TABLE conversation_access (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT      NOT NULL,
    moderator_id    BIGINT      NOT NULL,
    read_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT conversation_access_conversation_fk FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT conversation_access_moderator_fk FOREIGN KEY (moderator_id) REFERENCES account (id),
    INDEX conversation_access_by_conversation (conversation_id, read_at),
    INDEX conversation_access_by_moderator (moderator_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one-click "still valid" links of expiry reminders (only the hash of the token).
CREATE TABLE listing_reminder (
    token_hash   CHAR(64)    NOT NULL,
    listing_kind VARCHAR(8)  NOT NULL,
    listing_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    PRIMARY KEY (token_hash),
    INDEX listing_reminder_by_listing (listing_kind, listing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

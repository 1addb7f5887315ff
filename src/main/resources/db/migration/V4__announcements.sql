-- The announcements hub: curated Commission and Member-State measures with their
-- provenance, the managed list of topics, and a revision for every change.

CREATE TABLE topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    position    INT          NOT NULL,
    source_hash CHAR(64)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT topic_slug_unique UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE announcement (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(80)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(500) NOT NULL,
    body_markdown     MEDIUMTEXT   NOT NULL,
    body_html         MEDIUMTEXT   NOT NULL,
    source_type       VARCHAR(32)  NOT NULL,
    issuing_body      VARCHAR(200) NOT NULL,
    country           CHAR(2)      NULL,
    effective_date    DATE         NOT NULL,
    expiry_date       DATE         NULL,
    language          CHAR(2)      NOT NULL DEFAULT 'en',
    status            VARCHAR(16)  NOT NULL,
    pinned            BOOLEAN      NOT NULL DEFAULT FALSE,
    verified_by_id    BIGINT       NULL,
    verified_by_name  VARCHAR(120) NULL,
    verified_at       DATETIME(6)  NULL,
    suggested_by      BIGINT       NULL,
    created_by        BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    published_at      DATETIME(6)  NULL,
    source_hash       CHAR(64)     NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT announcement_slug_unique UNIQUE (slug),
    CONSTRAINT announcement_verified_by_fk FOREIGN KEY (verified_by_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT announcement_suggested_by_fk FOREIGN KEY (suggested_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT announcement_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL,
    -- the list: pinned first, newest first, within a status, optionally by country or source
    INDEX announcement_list (status, pinned, effective_date, id),
    INDEX announcement_country (status, country, effective_date),
    INDEX announcement_source (status, source_type, effective_date),
    INDEX announcement_updated (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE announcement_topic (
    announcement_id BIGINT NOT NULL,
    topic_id        BIGINT NOT NULL,
    PRIMARY KEY (announcement_id, topic_id),
    CONSTRAINT announcement_topic_announcement_fk FOREIGN KEY (announcement_id) REFERENCES announcement (id) ON DELETE CASCADE,
    CONSTRAINT announcement_topic_topic_fk FOREIGN KEY (topic_id) REFERENCES topic (id),
    INDEX announcement_topic_by_topic (topic_id, announcement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE announcement_link (
    announcement_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    PRIMARY KEY (announcement_id, position),
    CONSTRAINT announcement_link_announcement_fk FOREIGN KEY (announcement_id) REFERENCES announcement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per change: the full state after it (JSON), so any two revisions can be diffed.
CREATE TABLE announcement_revision (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    announcement_id BIGINT       NOT NULL,
    number          INT          NOT NULL,
    action          VARCHAR(16)  NOT NULL,
    changed_fields  VARCHAR(500) NOT NULL,
    edited_by_id    BIGINT       NULL,
    edited_by_name  VARCHAR(120) NOT NULL,
    edited_at       DATETIME(6)  NOT NULL,
    snapshot        MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT announcement_revision_number_unique UNIQUE (announcement_id, number),
    CONSTRAINT announcement_revision_announcement_fk FOREIGN KEY (announcement_id) REFERENCES announcement (id) ON DELETE CASCADE,
    CONSTRAINT announcement_revision_edited_by_fk FOREIGN KEY (edited_by_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

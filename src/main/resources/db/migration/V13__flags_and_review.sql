-- Moderation: every item members write (threads, posts, offers, needs, conversation messages)
-- carries a moderation state: VISIBLE to everyone it is meant for; PENDING, awaiting a
-- moderator's approval, shown to its author only; HIDDEN by the flags threshold or by a
-- moderator, its reason shown to its author. Items under review are rows of moderation_item
-- (one open row per target), the flags members raised point at them.

ALTER TABLE forum_thread
    ADD COLUMN moderation        VARCHAR(8)   NOT NULL DEFAULT 'VISIBLE',
    ADD COLUMN moderation_reason VARCHAR(500) NULL,
    ADD INDEX forum_thread_moderation (moderation, board_id);
ALTER TABLE post
    ADD COLUMN moderation        VARCHAR(8)   NOT NULL DEFAULT 'VISIBLE',
    ADD COLUMN moderation_reason VARCHAR(500) NULL,
    ADD INDEX post_moderation (moderation, thread_id);
ALTER TABLE offer
    ADD COLUMN moderation        VARCHAR(8)   NOT NULL DEFAULT 'VISIBLE',
    ADD COLUMN moderation_reason VARCHAR(500) NULL,
    ADD INDEX offer_moderation (moderation);
ALTER TABLE need
    ADD COLUMN moderation        VARCHAR(8)   NOT NULL DEFAULT 'VISIBLE',
    ADD COLUMN moderation_reason VARCHAR(500) NULL,
    ADD INDEX need_moderation (moderation);
ALTER TABLE conversation_message
    ADD COLUMN moderation        VARCHAR(8)   NOT NULL DEFAULT 'VISIBLE',
    ADD COLUMN moderation_reason VARCHAR(500) NULL;

-- an edit a moderator made (while reviewing) is marked as such in the post's history
ALTER TABLE post_revision
    ADD COLUMN by_moderator BOOLEAN NOT NULL DEFAULT FALSE;

-- silenced: may read but not write until then; suspended (by a moderator, for a period):
-- may not sign in until then. Both end by themselves at that time.
ALTER TABLE account
    ADD COLUMN silenced_until  DATETIME(6)  NULL,
    ADD COLUMN suspended_until DATETIME(6)  NULL,
    ADD COLUMN sanction_reason VARCHAR(500) NULL;

CREATE TABLE moderation_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- post | thread | offer | need | message
    target_type     VARCHAR(8)   NOT NULL,
    target_id       BIGINT       NOT NULL,
    -- FLAGGED (members reported it) | APPROVAL (held until approved) | SPAM (held as likely spam)
    kind            VARCHAR(8)   NOT NULL,
    -- OPEN | RESOLVED
    status          VARCHAR(8)   NOT NULL,
    -- why it was held (approval, spam); flags carry their own reasons
    hold_reason     VARCHAR(500) NULL,
    author_id       BIGINT       NOT NULL,
    language        CHAR(2)      NOT NULL,
    -- the author's organisation's country, if any
    country         CHAR(2)      NULL,
    -- the board of a post or thread
    board_id        BIGINT       NULL,
    flag_count      INT          NOT NULL DEFAULT 0,
    -- the latest reason flagged with (for the reason filter)
    last_flag_reason VARCHAR(12) NULL,
    created_at      DATETIME(6)  NOT NULL,
    first_action_at DATETIME(6)  NULL,
    -- every moderator action counts (and moves the version): warn, silence, then hide, say
    action_count    INT          NOT NULL DEFAULT 0,
    resolved_at     DATETIME(6)  NULL,
    resolved_by     BIGINT       NULL,
    -- keep | hide | approve | edit | delete (the action that closed it)
    outcome         VARCHAR(12)  NULL,
    outcome_reason  VARCHAR(500) NULL,
    -- at most one open item per target
    open_target     VARCHAR(30)  AS (CASE WHEN status = 'OPEN' THEN CONCAT(target_type, ':', target_id) END) PERSISTENT,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT moderation_item_open_unique UNIQUE (open_target),
    CONSTRAINT moderation_item_author_fk FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT moderation_item_resolver_fk FOREIGN KEY (resolved_by) REFERENCES account (id),
    INDEX moderation_item_target (target_type, target_id),
    INDEX moderation_item_queue (status, created_at),
    INDEX moderation_item_language (status, language),
    INDEX moderation_item_country (status, country),
    INDEX moderation_item_board (status, board_id),
    INDEX moderation_item_kind (status, kind),
    INDEX moderation_item_reason (status, last_flag_reason),
    INDEX moderation_item_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One flag per member per item, ever.
CREATE TABLE flag (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    item_id         BIGINT        NOT NULL,
    target_type     VARCHAR(8)    NOT NULL,
    target_id       BIGINT        NOT NULL,
    reporter_id     BIGINT        NOT NULL,
    -- spam | fraud | inaccurate | off-topic | offensive | illegal | other
    reason          VARCHAR(12)   NOT NULL,
    note            VARCHAR(1000) NULL,
    announcement_id BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT flag_once UNIQUE (target_type, target_id, reporter_id),
    CONSTRAINT flag_item_fk FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE,
    CONSTRAINT flag_reporter_fk FOREIGN KEY (reporter_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT flag_announcement_fk FOREIGN KEY (announcement_id) REFERENCES announcement (id) ON DELETE SET NULL,
    INDEX flag_item (item_id),
    INDEX flag_reporter (reporter_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The languages and countries a moderator covers: their queue shows those items first.
CREATE TABLE moderator_coverage (
    account_id BIGINT     NOT NULL,
    -- language | country
    dimension  VARCHAR(8) NOT NULL,
    code       CHAR(2)    NOT NULL,
    PRIMARY KEY (account_id, dimension, code),
    CONSTRAINT moderator_coverage_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

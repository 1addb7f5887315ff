-- Notifications: what members watch, the events features raise (a transactional outbox,
-- written in the transaction of the change), the notifications fanned out from them (one per
-- event and recipient: the unique key makes a repeated fan-out harmless), each member's
-- unread counter (so the header's bell costs no count query), their delivery settings, and
-- the mails (one per idempotency key; coalesced per thread; sent after commit, retried with
-- backoff).

CREATE TABLE watch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    -- thread | board | announcements | search | matchmaking
    target_type VARCHAR(16)  NOT NULL,
    -- the thread's or board's id; NULL for filters
    target_id   BIGINT       NULL,
    -- announcements: topic=..&country=..&source=..; search: the query with its filters;
    -- matchmaking: kind=need|offer&category=..&country=..; normalised, so one filter is one row
    filter      VARCHAR(500) NULL,
    -- what makes the row unique per account: type, id and filter together
    target_key  VARCHAR(600) NOT NULL,
    -- watching | new-threads (boards) | normal | muted
    level       VARCHAR(12)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT watch_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT watch_unique UNIQUE (account_id, target_key),
    -- fan-out: who watches this thread or board, at which level
    INDEX watch_by_target (target_type, target_id, level),
    -- fan-out: who watches this filter (announcements, search, matchmaking)
    INDEX watch_by_filter (target_key, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events as features raise them (notification/NotificationEvents), fanned out after commit
-- (notification/FanOutRelay); pending while fanned_out_at is NULL, kept afterwards as the record
-- of what was sent. The payload names the target, the addressed accounts and the watch targets.
CREATE TABLE notification_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(32)  NOT NULL,
    actor_id      BIGINT       NULL,
    subject_type  VARCHAR(16)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    fanned_out_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX notification_event_pending (fanned_out_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    actor_id    BIGINT       NULL,
    target_type VARCHAR(16)  NOT NULL,
    target_id   BIGINT       NOT NULL,
    -- groups the notifications page and coalesces mails (a thread's id, or NULL)
    thread_id   BIGINT       NULL,
    url         VARCHAR(500) NOT NULL,
    title       VARCHAR(250) NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT notification_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notification_once UNIQUE (event_id, account_id),
    INDEX notification_by_account (account_id, id),
    INDEX notification_unread (account_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bell's number, kept with the notifications it counts.
CREATE TABLE notification_counter (
    account_id BIGINT NOT NULL,
    unread     INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT notification_counter_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_settings (
    account_id       BIGINT      NOT NULL,
    digest_hour      TINYINT     NOT NULL DEFAULT 8,
    time_zone        VARCHAR(64) NOT NULL DEFAULT 'Europe/Brussels',
    -- {"mention":"immediately","reply":"immediately",...}; kinds not named take their defaults
    kinds            TEXT        NOT NULL,
    last_daily_at    DATETIME(6) NULL,
    last_weekly_at   DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT notification_settings_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mails to send: immediate ones (coalesced per account and thread for a few minutes) and digests.
CREATE TABLE notification_mail (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- e.g. immediate:{account}:{thread}:{window start} or daily:{account}:{date}: one mail per key
    idempotency_key VARCHAR(120) NOT NULL,
    account_id      BIGINT       NOT NULL,
    -- immediate | daily | weekly
    delivery        VARCHAR(12)  NOT NULL,
    thread_id       BIGINT       NULL,
    send_after      DATETIME(6)  NOT NULL,
    -- pending | sending (claimed; next_attempt_at is then the end of the sender's lease) | sent | failed
    -- (given up after many attempts) | skipped (nothing left to send: recipient suspended, kinds set to never)
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT notification_mail_key UNIQUE (idempotency_key),
    CONSTRAINT notification_mail_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX notification_mail_due (status, next_attempt_at),
    INDEX notification_mail_open_window (account_id, thread_id, status, send_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which notifications a mail carries.
CREATE TABLE notification_mail_item (
    mail_id         BIGINT NOT NULL,
    notification_id BIGINT NOT NULL,
    PRIMARY KEY (mail_id, notification_id),
    CONSTRAINT notification_mail_item_mail_fk FOREIGN KEY (mail_id) REFERENCES notification_mail (id) ON DELETE CASCADE,
    CONSTRAINT notification_mail_item_notification_fk FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE,
    INDEX notification_mail_item_by_notification (notification_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

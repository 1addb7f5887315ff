-- How far each member has read each thread they opened: the board page marks threads never
-- opened as new and counts the posts written since. One row per (member, thread), written
-- with an upsert that only ever moves forward.
CREATE TABLE thread_read (
    account_id         BIGINT      NOT NULL,
    thread_id          BIGINT      NOT NULL,
    last_read_position INT         NOT NULL,
    read_at            DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, thread_id),
    INDEX thread_read_thread (thread_id),
    CONSTRAINT thread_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT thread_read_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

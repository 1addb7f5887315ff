-- The forum: threads on boards, their posts (flat order by position, tree order by path),
-- tags, edit revisions and "helpful" marks. Counters on the thread row are kept exact by
-- writing replies under a lock on that row.

CREATE TABLE forum_thread (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    board_id         BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    type             VARCHAR(16)  NOT NULL,
    author_id        BIGINT       NOT NULL,
    language         CHAR(2)      NOT NULL DEFAULT 'en',
    post_count       INT          NOT NULL DEFAULT 0,
    reply_count      INT          NOT NULL DEFAULT 0,
    view_count       BIGINT       NOT NULL DEFAULT 0,
    pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    accepted_post_id BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_activity_at DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT forum_thread_board_fk FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT forum_thread_author_fk FOREIGN KEY (author_id) REFERENCES account (id),
    -- a board's list: pinned first, then by last activity; optionally by type
    INDEX forum_thread_board_activity (board_id, pinned, last_activity_at, id),
    INDEX forum_thread_board_type (board_id, type, pinned, last_activity_at),
    INDEX forum_thread_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE thread_tag (
    thread_id BIGINT      NOT NULL,
    tag       VARCHAR(40) NOT NULL,
    PRIMARY KEY (thread_id, tag),
    CONSTRAINT thread_tag_thread_fk FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    INDEX thread_tag_by_tag (tag, thread_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE post (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    thread_id     BIGINT       NOT NULL,
    parent_id     BIGINT       NULL,
    author_id     BIGINT       NOT NULL,
    -- 1 for the first post, then in the order posts were written: flat view and paging
    position      INT          NOT NULL,
    -- the positions from the root down, each as 6 base-36 digits: tree view in one ORDER BY
    tree_path     VARCHAR(700) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    depth         INT          NOT NULL,
    body_markdown MEDIUMTEXT   NOT NULL,
    body_html     MEDIUMTEXT   NOT NULL,
    language      CHAR(2)      NOT NULL DEFAULT 'en',
    helpful_count INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    edited_at     DATETIME(6)  NULL,
    deleted_at    DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT post_thread_fk FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    CONSTRAINT post_parent_fk FOREIGN KEY (parent_id) REFERENCES post (id),
    CONSTRAINT post_author_fk FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT post_position_unique UNIQUE (thread_id, position),
    INDEX post_tree (thread_id, tree_path),
    INDEX post_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE forum_thread
    ADD CONSTRAINT forum_thread_accepted_fk FOREIGN KEY (accepted_post_id) REFERENCES post (id) ON DELETE SET NULL;

CREATE TABLE post_revision (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    post_id       BIGINT      NOT NULL,
    number        INT         NOT NULL,
    body_markdown MEDIUMTEXT  NOT NULL,
    edited_by     BIGINT      NULL,
    edited_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT post_revision_number_unique UNIQUE (post_id, number),
    CONSTRAINT post_revision_post_fk FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT post_revision_editor_fk FOREIGN KEY (edited_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE post_helpful (
    post_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, account_id),
    CONSTRAINT post_helpful_post_fk FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT post_helpful_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

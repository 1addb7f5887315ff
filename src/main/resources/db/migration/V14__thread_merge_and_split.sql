-- Thread tools. A thread merged into another is deleted and leaves a redirect to the thread
-- that took its posts: its page, API address, feed and post links answer 301 there. Chains
-- are kept flat (A merged into B, then B into C: A points at C), so one lookup resolves any
-- old address. A closed (locked) thread may say why.
CREATE TABLE thread_redirect (
    old_thread_id BIGINT      NOT NULL,
    new_thread_id BIGINT      NOT NULL,
    merged_at     DATETIME(6) NOT NULL,
    merged_by     BIGINT      NULL,
    PRIMARY KEY (old_thread_id),
    -- a later merge of the target repoints every redirect to it
    INDEX thread_redirect_target (new_thread_id),
    CONSTRAINT thread_redirect_target_fk FOREIGN KEY (new_thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    CONSTRAINT thread_redirect_actor_fk FOREIGN KEY (merged_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE forum_thread ADD COLUMN closed_reason VARCHAR(500) NULL;

-- Moderation settings an admin changes at run time on /admin/moderation (each row overrides
-- the configured default of the same name, clusterhub.moderation.<name>; no row: the default),
-- and the indexes of the moderator dashboard's per-day figures.

CREATE TABLE moderation_setting (
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(255) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by BIGINT       NULL,
    PRIMARY KEY (name),
    CONSTRAINT moderation_setting_changed_by_fk FOREIGN KEY (changed_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- posts and new accounts per day
CREATE INDEX post_created ON post (created_at);
CREATE INDEX account_created ON account (created_at);
-- requests without an answer, by age
CREATE INDEX forum_thread_unanswered ON forum_thread (type, reply_count, created_at);
-- flags raised per day, and the time from an item entering the review queue to a moderator's first action
CREATE INDEX flag_created ON flag (created_at);
CREATE INDEX moderation_item_created ON moderation_item (created_at, first_action_at);
-- a member's latest messages, compared with a new one (the same text three times within ten minutes is held as spam)
CREATE INDEX conversation_message_author ON conversation_message (author_id, created_at);
-- a hold withdraws the notifications its item raised that are not fanned out yet: by subject, so the
-- delete locks those rows only, not every pending event the fan-out relay is working through
CREATE INDEX notification_event_subject ON notification_event (subject_type, subject_id);

-- Unread conversation messages per member, kept as a counter so the header's Inbox badge
-- reads one row per page instead of counting messages: raised when a message arrives,
-- lowered by what a read of the conversation covers.
CREATE TABLE inbox_counter (
    account_id BIGINT NOT NULL,
    unread     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO inbox_counter (account_id, unread)
SELECT r.account_id, COUNT(m.id)
FROM conversation_reader r
JOIN conversation_message m ON m.conversation_id = r.conversation_id AND m.author_id <> r.account_id
     AND m.id > r.last_read_message_id AND m.moderation = 'VISIBLE'
GROUP BY r.account_id;

-- The audit log: one row per staff action (moderators and admins), written by
-- moderation/AuditLog in the transaction of the change itself. Append-only: the triggers
-- below refuse every UPDATE and DELETE, whoever sends it (the application has no code that
-- would, and neither may a console session with the application's credentials).
--
-- No name of the actor is stored, only the id: the name is read from account when the log is
-- shown, and an erased account (account/Erasure keeps its row as "deleted user") shows as
-- "erased account #id". So an erasure needs no change here, which the triggers would refuse.
-- No foreign key either: an entry outlives whatever it names (the organisation an erasure
-- removes, say), and nothing may cascade into this table.
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)   NOT NULL,
    actor_id       BIGINT        NOT NULL,
    -- <target>.<verb>, as a feature's StaffActions lists it: thread.lock, account.role
    action         VARCHAR(64)   NOT NULL,
    -- thread, post, account, board, announcement, organisation, offer, need, search-index ...
    target_type    VARCHAR(32)   NOT NULL,
    -- the target's id or slug as the API names it
    target_id      VARCHAR(128)  NOT NULL,
    reason         VARCHAR(2000) NULL,
    before_summary VARCHAR(1000) NULL,
    after_summary  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    -- the log lists newest first, filtered by actor, action, target or dates
    INDEX audit_entry_at (at),
    INDEX audit_entry_actor (actor_id, at),
    INDEX audit_entry_action (action, at),
    INDEX audit_entry_target (target_type, target_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: its entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: its entries cannot be deleted';

-- Index work for the full-text search, written in the same transaction as the change it
-- stems from, applied to the search index after commit and deleted only once applied. A
-- crash between the commit and the index write leaves the row here for the next run.
-- entity_kind: post | thread | announcement; the row says only what to look at again.
CREATE TABLE search_outbox (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    entity_kind VARCHAR(16) NOT NULL,
    entity_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Saved searches (watches of type search) are run by notification/SavedSearches every few
-- seconds over the documents indexed since their last run, never inside the request that posts.

-- One row per distinct saved query: where its last run stopped.
CREATE TABLE saved_search_run (
    -- the normalised query with its filters, as the watch stores it ("valves country:IT")
    query          VARCHAR(200) NOT NULL,
    -- documents created before the query was first run never match it (no flood of old posts)
    since          DATETIME(6)  NOT NULL,
    -- documents indexed up to this instant (epoch milliseconds, TextDocument.indexedAt) were looked at
    indexed_until  BIGINT       NOT NULL,
    PRIMARY KEY (query),
    -- the runs take the queries looked at longest ago first
    INDEX saved_search_run_oldest (indexed_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which documents a query has already announced: an edited or re-indexed document is indexed
-- again, and must not notify twice.
CREATE TABLE saved_search_hit (
    query       VARCHAR(200) NOT NULL,
    -- the index's document key, e.g. thread:12, post:40, offer:7
    document    VARCHAR(40)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (query, document),
    CONSTRAINT saved_search_hit_run_fk FOREIGN KEY (query) REFERENCES saved_search_run (query) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

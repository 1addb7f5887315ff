-- Boards of the forum. Rows are seeded from content/boards.yml; source_hash is the hash of
-- the file entry that last wrote the row, so an unchanged entry never touches it again.
CREATE TABLE board (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    archived    BOOLEAN      NOT NULL DEFAULT FALSE,
    source_hash CHAR(64)     NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT board_slug_unique UNIQUE (slug),
    INDEX board_listing (archived, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per content import run, failed runs included, so operators can see what the
-- last start-up did and why it refused a file.
CREATE TABLE content_import_run (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6)   NOT NULL,
    finished_at DATETIME(6)   NOT NULL,
    source      VARCHAR(500)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    created     INT           NOT NULL DEFAULT 0,
    updated     INT           NOT NULL DEFAULT 0,
    unchanged   INT           NOT NULL DEFAULT 0,
    message     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX content_import_run_recent (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

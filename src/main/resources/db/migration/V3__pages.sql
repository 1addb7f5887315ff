-- Static pages (about, terms, privacy) from content/pages/*.md. The HTML is rendered from
-- Markdown and sanitized once, at import, never per request.
CREATE TABLE page (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    title       VARCHAR(120) NOT NULL,
    body_html   MEDIUMTEXT   NOT NULL,
    source_hash CHAR(64)     NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT page_slug_unique UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The managed lists of matchmaking (content/products.yml, content/certifications.yml):
-- the categories offers and needs are filed under, and the certifications they name.
-- Rows are matched by slug at every import; a row whose entry left the file stays, since
-- offers and needs will refer to it.

CREATE TABLE product_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    parent_id   BIGINT       NULL,
    depth       INT          NOT NULL,
    unit        VARCHAR(16)  NOT NULL,
    cpv         VARCHAR(10)  NULL,
    position    INT          NOT NULL,
    source_hash CHAR(64)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT product_category_slug_unique UNIQUE (slug),
    CONSTRAINT product_category_parent_fk FOREIGN KEY (parent_id) REFERENCES product_category (id),
    -- the tree is read children by parent, in their order
    INDEX product_category_by_parent (parent_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE certification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    source_hash CHAR(64)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT certification_slug_unique UNIQUE (slug),
    INDEX certification_by_position (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

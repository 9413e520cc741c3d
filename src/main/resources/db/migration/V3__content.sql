-- Content: news, bulletin issues, thematic series, training materials and official documents share one table;
-- the fields only some types use (a bulletin's issue number and period) are nullable.
-- Slugs are ASCII and unique per type, so /tin-tuc/{slug} and /ban-tin/{slug} each resolve to one item.
-- Bodies are sanitized HTML; VARCHAR(200000) is the same type on H2 and PostgreSQL (H2 turns TEXT into a CLOB).
CREATE SEQUENCE content_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE content_item (
    id            BIGINT          NOT NULL,
    item_type     VARCHAR(20)     NOT NULL,
    status        VARCHAR(20)     NOT NULL,
    title         VARCHAR(250)    NOT NULL,
    slug          VARCHAR(120)    NOT NULL,
    summary       VARCHAR(600),
    body          VARCHAR(200000) NOT NULL,
    language      VARCHAR(2)      NOT NULL,
    author_id     BIGINT          NOT NULL,
    published_at  TIMESTAMP,
    created_at    TIMESTAMP       NOT NULL,
    updated_at    TIMESTAMP       NOT NULL,
    view_count    BIGINT          DEFAULT 0 NOT NULL,
    issue_number  INTEGER,
    period_label  VARCHAR(60),
    version       BIGINT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_content_item PRIMARY KEY (id),
    CONSTRAINT uq_content_item_type_slug UNIQUE (item_type, slug),
    CONSTRAINT fk_content_item_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_content_item_type CHECK (item_type IN ('NEWS', 'BULLETIN', 'SERIES', 'MATERIAL', 'DOCUMENT')),
    CONSTRAINT ck_content_item_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_content_item_language CHECK (language IN ('vi', 'en')),
    CONSTRAINT ck_content_item_published CHECK (status NOT IN ('PUBLISHED', 'SCHEDULED') OR published_at IS NOT NULL)
);
-- The public lists: published items of one type, newest first.
CREATE INDEX ix_content_item_listing ON content_item (item_type, status, published_at);
CREATE INDEX ix_content_item_author ON content_item (author_id);

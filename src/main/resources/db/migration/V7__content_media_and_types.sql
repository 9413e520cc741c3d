-- Content media and the fields only some content types have, in tables of their own keyed by the item, so the
-- shared content_item table stays as it is.

-- Uploaded files live in the database, not on a node's disk, so every portal node serves the same files.
-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING (up to 1 GB) on H2 2.2: the same script on both.
-- An image's re-encoded, size-limited copy is a row of its own (variant_of_id), with its own immutable key.
CREATE SEQUENCE content_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE content_file (
    id             BIGINT        NOT NULL,
    file_key       VARCHAR(40)   NOT NULL,
    item_id        BIGINT        NOT NULL,
    file_role      VARCHAR(20)   NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    file_name      VARCHAR(160)  NOT NULL,
    media_type     VARCHAR(120)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    bytes          BYTEA         NOT NULL,
    alt_text       VARCHAR(250),
    variant_of_id  BIGINT,
    width          INTEGER,
    height         INTEGER,
    position       INTEGER       DEFAULT 0 NOT NULL,
    owner_id       BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_content_file PRIMARY KEY (id),
    CONSTRAINT uq_content_file_key UNIQUE (file_key),
    CONSTRAINT fk_content_file_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_file_variant FOREIGN KEY (variant_of_id) REFERENCES content_file (id),
    CONSTRAINT fk_content_file_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_content_file_role CHECK (file_role IN ('COVER', 'ATTACHMENT', 'VARIANT'))
);
CREATE INDEX ix_content_file_item ON content_file (item_id, file_role, position);
CREATE INDEX ix_content_file_variant ON content_file (variant_of_id);

-- Official documents: the fields Decree 42/2022/ND-CP asks a public portal to show (the summary is the item's).
CREATE TABLE content_document (
    item_id        BIGINT        NOT NULL,
    issuing_body   VARCHAR(250)  NOT NULL,
    number_symbol  VARCHAR(60)   NOT NULL,
    issued_on      DATE          NOT NULL,
    effective_on   DATE,
    CONSTRAINT pk_content_document PRIMARY KEY (item_id),
    CONSTRAINT fk_content_document_item FOREIGN KEY (item_id) REFERENCES content_item (id)
);

-- A thematic series: its member articles, in reading order.
CREATE TABLE content_series_item (
    series_id  BIGINT   NOT NULL,
    item_id    BIGINT   NOT NULL,
    position   INTEGER  NOT NULL,
    CONSTRAINT pk_content_series_item PRIMARY KEY (series_id, item_id),
    CONSTRAINT uq_content_series_position UNIQUE (series_id, position),
    CONSTRAINT fk_content_series_series FOREIGN KEY (series_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_series_member FOREIGN KEY (item_id) REFERENCES content_item (id)
);

-- Training materials' topics (an enum in code, labels in the bundles).
CREATE TABLE content_material_topic (
    item_id  BIGINT       NOT NULL,
    topic    VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_content_material_topic PRIMARY KEY (item_id, topic),
    CONSTRAINT fk_content_material_topic_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT ck_content_material_topic CHECK (topic IN ('GOVERNANCE', 'MARKETING', 'PROCESSING', 'DIGITAL', 'TRACEABILITY'))
);
CREATE INDEX ix_content_material_topic ON content_material_topic (topic);

-- Categories (a managed list, named in both languages) and tags (free words, slugged).
-- The sequence starts at 100: EclipseLink takes a value as the end of a block of 50 ids (51..100 first), so new
-- categories never collide with the five seeded below.
CREATE SEQUENCE content_category_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE content_category (
    id       BIGINT        NOT NULL,
    slug     VARCHAR(80)   NOT NULL,
    name_vi  VARCHAR(120)  NOT NULL,
    name_en  VARCHAR(120)  NOT NULL,
    CONSTRAINT pk_content_category PRIMARY KEY (id),
    CONSTRAINT uq_content_category_slug UNIQUE (slug)
);
CREATE TABLE content_item_category (
    item_id      BIGINT  NOT NULL,
    category_id  BIGINT  NOT NULL,
    CONSTRAINT pk_content_item_category PRIMARY KEY (item_id, category_id),
    CONSTRAINT fk_content_item_category_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_item_category_cat FOREIGN KEY (category_id) REFERENCES content_category (id)
);
CREATE INDEX ix_content_item_category ON content_item_category (category_id);

CREATE SEQUENCE content_tag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE content_tag (
    id    BIGINT       NOT NULL,
    slug  VARCHAR(80)  NOT NULL,
    name  VARCHAR(80)  NOT NULL,
    CONSTRAINT pk_content_tag PRIMARY KEY (id),
    CONSTRAINT uq_content_tag_slug UNIQUE (slug)
);
CREATE TABLE content_item_tag (
    item_id  BIGINT  NOT NULL,
    tag_id   BIGINT  NOT NULL,
    CONSTRAINT pk_content_item_tag PRIMARY KEY (item_id, tag_id),
    CONSTRAINT fk_content_item_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_item_tag_tag FOREIGN KEY (tag_id) REFERENCES content_tag (id)
);
CREATE INDEX ix_content_item_tag ON content_item_tag (tag_id);

-- The programme's standing categories (ids below the sequence's first block).
INSERT INTO content_category (id, slug, name_vi, name_en) VALUES
    (1, 'san-pham-ocop', 'Sản phẩm OCOP', 'OCOP products'),
    (2, 'tap-huan', 'Tập huấn', 'Training'),
    (3, 'xuc-tien-thuong-mai', 'Xúc tiến thương mại', 'Trade promotion'),
    (4, 'chuyen-doi-so', 'Chuyển đổi số', 'Digital transformation'),
    (5, 'chinh-sach', 'Chính sách', 'Policy');

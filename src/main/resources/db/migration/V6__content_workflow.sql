-- Content workflow: who submitted an item for review (an editor may not approve their own submission), the
-- reviewer's comment when an item is sent back, and an optional expiry time after which the item is withdrawn.
ALTER TABLE content_item ADD COLUMN submitted_by BIGINT;
ALTER TABLE content_item ADD COLUMN review_comment VARCHAR(1000);
ALTER TABLE content_item ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE content_item ADD CONSTRAINT fk_content_item_submitter FOREIGN KEY (submitted_by) REFERENCES account (id);
-- The scheduler's sweep: due scheduled items and expiring public ones.
CREATE INDEX ix_content_item_status_expiry ON content_item (status, expires_at);

-- Every save keeps a revision; numbers run from 1 per item.
CREATE SEQUENCE content_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE content_revision (
    id          BIGINT          NOT NULL,
    item_id     BIGINT          NOT NULL,
    number      INTEGER         NOT NULL,
    title       VARCHAR(250)    NOT NULL,
    summary     VARCHAR(600),
    body        VARCHAR(200000) NOT NULL,
    editor_id   BIGINT          NOT NULL,
    saved_at    TIMESTAMP       NOT NULL,
    CONSTRAINT pk_content_revision PRIMARY KEY (id),
    CONSTRAINT uq_content_revision_number UNIQUE (item_id, number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_revision_editor FOREIGN KEY (editor_id) REFERENCES account (id)
);

-- Slugs a published item had before it was renamed, so the old addresses can keep working (redirect).
CREATE SEQUENCE content_slug_history_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE content_slug_history (
    id          BIGINT          NOT NULL,
    item_id     BIGINT          NOT NULL,
    item_type   VARCHAR(20)     NOT NULL,
    old_slug    VARCHAR(120)    NOT NULL,
    changed_at  TIMESTAMP       NOT NULL,
    CONSTRAINT pk_content_slug_history PRIMARY KEY (id),
    CONSTRAINT uq_content_slug_history UNIQUE (item_type, old_slug),
    CONSTRAINT fk_content_slug_history_item FOREIGN KEY (item_id) REFERENCES content_item (id)
);

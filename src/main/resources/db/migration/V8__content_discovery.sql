-- Content discovery: the search index and the state of an index rebuild (old slugs redirect through the
-- workflow's content_slug_history, V6).
-- The index lives in the database (not on a node's disk) so that every node sharing the database finds the
-- same thing, on H2 and PostgreSQL alike. It holds only items readers may see; it is kept in step by an observer
-- of content.entity.ContentChanged in the transaction that published, updated or withdrew the item.
-- *_lower columns: lower case with diacritics (exact matches); *_folded: lower case without diacritics, đ -> d.
-- Both are computed in Java (VietnameseFolding), never by the database's LOWER(), whose treatment of non-ASCII
-- letters depends on the database and its collation.
CREATE TABLE search_entry (
    item_id       BIGINT          NOT NULL,
    item_type     VARCHAR(20)     NOT NULL,
    language      VARCHAR(2)      NOT NULL,
    slug          VARCHAR(120)    NOT NULL,
    title         VARCHAR(250)    NOT NULL,
    title_lower   VARCHAR(250)    NOT NULL,
    title_folded  VARCHAR(250)    NOT NULL,
    body_text     VARCHAR(200000) NOT NULL,
    text_lower    VARCHAR(200000) NOT NULL,
    text_folded   VARCHAR(200000) NOT NULL,
    published_at  TIMESTAMP       NOT NULL,
    indexed_at    TIMESTAMP       NOT NULL,
    CONSTRAINT pk_search_entry PRIMARY KEY (item_id),
    CONSTRAINT fk_search_entry_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_search_entry_type ON search_entry (item_type, published_at);

-- The one rebuild of the whole index that may run at a time, across all nodes: a node starts one by turning
-- this row from IDLE to RUNNING with a conditional UPDATE (only one node can win); progress is written here
-- after each batch, so an administrator's page on any node can show it.
CREATE TABLE search_rebuild (
    id           INTEGER     NOT NULL,
    state        VARCHAR(20) NOT NULL,
    total        INTEGER     DEFAULT 0 NOT NULL,
    done         INTEGER     DEFAULT 0 NOT NULL,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    CONSTRAINT pk_search_rebuild PRIMARY KEY (id),
    CONSTRAINT ck_search_rebuild_state CHECK (state IN ('IDLE', 'RUNNING'))
);
INSERT INTO search_rebuild (id, state, total, done) VALUES (1, 'IDLE', 0, 0);

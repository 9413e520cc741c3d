-- Directory: people's positions in organisations, and organisation imports from CSV files.
CREATE SEQUENCE organisation_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_job_seq START WITH 50 INCREMENT BY 50;

-- An account linked to an organisation with a position. One link per account and organisation.
CREATE TABLE organisation_member (
    id              BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    member_position VARCHAR(20)   NOT NULL,
    linked_at       TIMESTAMP     NOT NULL,
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_organisation_member PRIMARY KEY (id),
    CONSTRAINT uq_organisation_member UNIQUE (organisation_id, account_id),
    CONSTRAINT fk_organisation_member_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_organisation_member_position CHECK (member_position IN ('MANAGER', 'MEMBER', 'OFFICIAL'))
);
CREATE INDEX ix_organisation_member_account ON organisation_member (account_id);

-- One import of a CSV file of organisations. The import runs in one transaction (all rows or none); its progress
-- is written to this row in separate short transactions, so any node can show it to the admin who started it.
CREATE TABLE import_job (
    id             BIGINT         NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    total_rows     INTEGER        NOT NULL,
    done_rows      INTEGER        DEFAULT 0 NOT NULL,
    imported_rows  INTEGER        DEFAULT 0 NOT NULL,
    message_key    VARCHAR(120),
    started_by     BIGINT,
    started_at     TIMESTAMP      NOT NULL,
    finished_at    TIMESTAMP,
    version        BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_import_job PRIMARY KEY (id),
    CONSTRAINT fk_import_job_account FOREIGN KEY (started_by) REFERENCES account (id),
    CONSTRAINT ck_import_job_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);

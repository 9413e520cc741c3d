-- Audit log: who did what, and when, to what. Written in the transaction of the change it records, so an entry
-- exists exactly when the change committed. Entries are never updated or deleted by the portal.
-- actor_id is the account that acted (NULL for the system itself, e.g. the publishing timer).
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT         NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    actor_id     BIGINT,
    action       VARCHAR(60)    NOT NULL,
    subject_type VARCHAR(40)    NOT NULL,
    subject_id   BIGINT,
    detail       VARCHAR(1000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT fk_audit_entry_actor FOREIGN KEY (actor_id) REFERENCES account (id)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id);

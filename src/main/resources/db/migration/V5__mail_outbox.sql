-- Mails waiting to be sent, written in the same transaction as the change they tell about, so that a mail
-- exists exactly when the change committed, and a mail server that is down never rolls the change back.
-- Any node may send: a node claims a row with a conditional update before sending it.
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT         NOT NULL,
    category        VARCHAR(40)    NOT NULL,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    body_text       TEXT           NOT NULL,
    body_html       TEXT,
    attachment_name VARCHAR(200),
    attachment_type VARCHAR(100),
    attachment      BYTEA,
    status          VARCHAR(12)    NOT NULL,
    attempts        INTEGER        DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    claimed_until   TIMESTAMP,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP      NOT NULL,
    sent_at         TIMESTAMP,
    version         BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- Readers' subscriptions to new content by e-mail, with double opt-in. The token is the only key a reader ever
-- holds: it confirms and it unsubscribes, so it is long, random and unique.
CREATE SEQUENCE subscription_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE subscription (
    id            BIGINT        NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    topic         VARCHAR(20)   NOT NULL,
    topic_key     VARCHAR(120)  DEFAULT '' NOT NULL,
    language      VARCHAR(2)    NOT NULL,
    token         VARCHAR(64)   NOT NULL,
    status        VARCHAR(14)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    confirmed_at  TIMESTAMP,
    ended_at      TIMESTAMP,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (id),
    CONSTRAINT uq_subscription_token UNIQUE (token),
    CONSTRAINT uq_subscription_email_topic UNIQUE (email, topic, topic_key),
    CONSTRAINT ck_subscription_topic CHECK (topic IN ('NEWS', 'BULLETINS', 'SERIES', 'CATEGORY')),
    CONSTRAINT ck_subscription_status CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    CONSTRAINT ck_subscription_language CHECK (language IN ('vi', 'en'))
);

CREATE INDEX ix_subscription_topic ON subscription (topic, topic_key, status);

-- Mails to subscribers carry a one-click unsubscribe address (RFC 8058) in their List-Unsubscribe header.
ALTER TABLE mail_outbox ADD COLUMN list_unsubscribe VARCHAR(500);

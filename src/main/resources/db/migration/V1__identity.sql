-- Accounts and their roles. E-mail addresses are stored lower-cased, so the unique constraint is
-- case-insensitive on H2 and PostgreSQL alike.
-- EclipseLink takes a sequence value as the END of a block of 50 ids, so the first value must be >= 49.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                BIGINT        NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    full_name         VARCHAR(120)  NOT NULL,
    phone             VARCHAR(20),
    organisation_name VARCHAR(200),
    position_title    VARCHAR(120),
    password_hash     VARCHAR(400)  NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    failed_logins     INTEGER       DEFAULT 0 NOT NULL,
    locked_until      TIMESTAMP,
    last_login_at     TIMESTAMP,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('LEARNER', 'TRAINER', 'EDITOR', 'ADMIN'))
);

-- One-off facts about this installation (for example that demo content was loaded), written once by
-- whichever node gets there first: the primary key makes a second writer fail instead of repeating the work.
CREATE TABLE installation_fact (
    name       VARCHAR(100)  NOT NULL,
    fact_value VARCHAR(1000),
    created_at TIMESTAMP     NOT NULL,
    CONSTRAINT pk_installation_fact PRIMARY KEY (name)
);

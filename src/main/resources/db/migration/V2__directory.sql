-- Directory: administrative units and the organisations that live in them.
-- Units change over time (the 2025 reorganisation abolished districts and regrouped communes), so a unit is
-- never rewritten: it gets a validity end and, where one exists, a successor; old records keep the unit they had.
-- EclipseLink takes a sequence value as the END of a block of 50 ids, so the first value must be >= 49.
CREATE SEQUENCE admin_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE admin_unit (
    id           BIGINT        NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    unit_level   VARCHAR(20)   NOT NULL,
    parent_id    BIGINT,
    valid_from   DATE          NOT NULL,
    valid_to     DATE,
    successor_id BIGINT,
    version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_admin_unit PRIMARY KEY (id),
    CONSTRAINT uq_admin_unit_code UNIQUE (code),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_admin_unit_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_admin_unit_level CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ck_admin_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_admin_unit_parent ON admin_unit (parent_id);

-- A tax code is unique when present; household businesses and craft villages often have none (NULLs do not
-- collide in a unique constraint on H2 or PostgreSQL).
CREATE TABLE organisation (
    id          BIGINT        NOT NULL,
    org_type    VARCHAR(30)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    tax_code    VARCHAR(14),
    commune_id  BIGINT        NOT NULL,
    address     VARCHAR(300),
    phone       VARCHAR(20),
    email       VARCHAR(254),
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_tax_code UNIQUE (tax_code),
    CONSTRAINT fk_organisation_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_organisation_type CHECK (org_type IN ('COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS', 'AGENCY', 'CRAFT_VILLAGE'))
);
CREATE INDEX ix_organisation_commune ON organisation (commune_id);

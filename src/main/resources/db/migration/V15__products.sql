-- OCOP products, their ratings (the rating history; an upgrade is a later rating with more stars), trade-promotion
-- events with the organisations that took part, and the programme's targets.
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE product_rating_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE trade_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE trade_participation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE programme_target_seq START WITH 50 INCREMENT BY 50;

-- current_stars, certificate_no, certified_on and expires_on repeat the latest rating, so the public directory
-- filters and pages in the database without a subquery; Product.rate keeps them in step.
CREATE TABLE product (
    id              BIGINT         NOT NULL,
    slug            VARCHAR(120)   NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    organisation_id BIGINT         NOT NULL,
    category        VARCHAR(30)    NOT NULL,
    description     VARCHAR(1000),
    photo           BYTEA,
    photo_type      VARCHAR(40),
    current_stars   INTEGER,
    certificate_no  VARCHAR(40),
    certified_on    DATE,
    expires_on      DATE,
    created_at      TIMESTAMP      NOT NULL,
    version         BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT uq_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_product_category CHECK (category IN ('FOOD', 'BEVERAGE', 'HERBAL', 'TEXTILE', 'HANDICRAFT', 'TOURISM')),
    CONSTRAINT ck_product_stars CHECK (current_stars IS NULL OR current_stars BETWEEN 3 AND 5)
);
CREATE INDEX ix_product_organisation ON product (organisation_id);
CREATE INDEX ix_product_stars ON product (current_stars);

CREATE TABLE product_rating (
    id             BIGINT        NOT NULL,
    product_id     BIGINT        NOT NULL,
    stars          INTEGER       NOT NULL,
    certificate_no VARCHAR(40)   NOT NULL,
    certified_on   DATE          NOT NULL,
    expires_on     DATE          NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_product_rating PRIMARY KEY (id),
    CONSTRAINT uq_product_rating_certificate UNIQUE (certificate_no),
    CONSTRAINT fk_product_rating_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_product_rating_stars CHECK (stars BETWEEN 3 AND 5),
    CONSTRAINT ck_product_rating_validity CHECK (expires_on > certified_on)
);
CREATE INDEX ix_product_rating_product ON product_rating (product_id);

CREATE TABLE trade_event (
    id         BIGINT        NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    venue      VARCHAR(200)  NOT NULL,
    starts_on  DATE          NOT NULL,
    ends_on    DATE          NOT NULL,
    version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_trade_event PRIMARY KEY (id),
    CONSTRAINT ck_trade_event_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_trade_event_start ON trade_event (starts_on);

CREATE TABLE trade_participation (
    id              BIGINT  NOT NULL,
    event_id        BIGINT  NOT NULL,
    organisation_id BIGINT  NOT NULL,
    CONSTRAINT pk_trade_participation PRIMARY KEY (id),
    CONSTRAINT uq_trade_participation UNIQUE (event_id, organisation_id),
    CONSTRAINT fk_trade_participation_event FOREIGN KEY (event_id) REFERENCES trade_event (id),
    CONSTRAINT fk_trade_participation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_trade_participation_org ON trade_participation (organisation_id);

-- The plan's targets, one row per indicator; an admin edits them for the next plan. Shares are percentages.
CREATE TABLE programme_target (
    id           BIGINT        NOT NULL,
    indicator    VARCHAR(40)   NOT NULL,
    plan_label   VARCHAR(40)   NOT NULL,
    target_value INTEGER       NOT NULL,
    version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_programme_target PRIMARY KEY (id),
    CONSTRAINT uq_programme_target_indicator UNIQUE (indicator),
    CONSTRAINT ck_programme_target_value CHECK (target_value >= 0)
);
-- The 2021-2025 plan of the province. The portal never inserts targets (it edits these six), so fixed ids are safe.
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (1, 'RATED_PRODUCTS', '2021-2025', 200);
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (2, 'FIVE_STAR_PRODUCTS', '2021-2025', 30);
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (3, 'UPGRADED_SHARE', '2021-2025', 20);
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (4, 'COOPERATIVE_SHARE', '2021-2025', 20);
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (5, 'CRAFT_VILLAGE_SHARE', '2021-2025', 10);
INSERT INTO programme_target (id, indicator, plan_label, target_value) VALUES (6, 'TRADE_PARTICIPATIONS', '2021-2025', 100);

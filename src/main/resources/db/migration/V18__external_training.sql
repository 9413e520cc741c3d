-- Training a person completed outside the portal (another programme's course, a ministry's workshop), recorded by
-- an administrator with a note on where the evidence is. It counts in the person's record and in the reports
-- like a course completed here; the portal issues no certificate for it.
CREATE SEQUENCE external_training_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE external_training (
    id            BIGINT         NOT NULL,
    person_id     BIGINT         NOT NULL,
    title         VARCHAR(250)   NOT NULL,
    provider      VARCHAR(250)   NOT NULL,
    topic         VARCHAR(120)   NOT NULL,
    hours         INTEGER        NOT NULL,
    completed_on  DATE           NOT NULL,
    certificate   VARCHAR(100),
    source_note   VARCHAR(500)   NOT NULL,
    recorded_by   BIGINT         NOT NULL,
    recorded_at   TIMESTAMP      NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_external_training PRIMARY KEY (id),
    CONSTRAINT fk_external_training_person FOREIGN KEY (person_id) REFERENCES account (id),
    CONSTRAINT fk_external_training_recorder FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_external_training_hours CHECK (hours > 0 AND hours <= 1000)
);
CREATE INDEX ix_external_training_person ON external_training (person_id, completed_on);

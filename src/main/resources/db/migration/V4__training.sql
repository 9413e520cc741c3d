-- Training: courses and their sessions. Enrolment, waiting list and attendance come in later migrations.
-- Capacity 0 means closed, never unlimited.
CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id               BIGINT         NOT NULL,
    code             VARCHAR(40)    NOT NULL,
    title            VARCHAR(250)   NOT NULL,
    description      VARCHAR(4000)  NOT NULL,
    topic            VARCHAR(120)   NOT NULL,
    audience         VARCHAR(30)    NOT NULL,
    trainer_id       BIGINT         NOT NULL,
    capacity         INTEGER        NOT NULL,
    enrol_opens_at   TIMESTAMP      NOT NULL,
    enrol_closes_at  TIMESTAMP      NOT NULL,
    cancel_cutoff_at TIMESTAMP      NOT NULL,
    hours            INTEGER        NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    version          BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT fk_course_trainer FOREIGN KEY (trainer_id) REFERENCES account (id),
    CONSTRAINT ck_course_audience CHECK (audience IN ('OFFICIALS', 'COOP_MANAGERS', 'ENTERPRISE_MANAGERS', 'ANYONE')),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'FINISHED', 'CANCELLED')),
    CONSTRAINT ck_course_capacity CHECK (capacity >= 0),
    CONSTRAINT ck_course_hours CHECK (hours > 0),
    CONSTRAINT ck_course_window CHECK (enrol_closes_at > enrol_opens_at)
);
CREATE INDEX ix_course_trainer ON course (trainer_id);

CREATE TABLE course_session (
    id          BIGINT        NOT NULL,
    course_id   BIGINT        NOT NULL,
    starts_at   TIMESTAMP     NOT NULL,
    ends_at     TIMESTAMP     NOT NULL,
    venue       VARCHAR(300),
    online_link VARCHAR(500),
    CONSTRAINT pk_course_session PRIMARY KEY (id),
    CONSTRAINT fk_course_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_course_session_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_course_session_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL)
);
CREATE INDEX ix_course_session_course ON course_session (course_id, starts_at);

-- Enrolment, waiting list, attendance and certificates.
--
-- Overbooking is prevented by the service locking the course row (SELECT ... FOR UPDATE) before it counts the
-- confirmed seats and decides; the lock lives in the database, so it holds across nodes. The unique index below
-- is the second line: whatever the code does, a learner holds at most one active enrolment per course.
-- active_key is 1 while an enrolment is active (confirmed, waitlisted or completed) and NULL once it is cancelled
-- or removed; H2 and PostgreSQL both let a unique index hold any number of NULLs, so ended enrolments never
-- block a new one.

-- What kind of learner an account is, for courses meant for one audience; NULL (not stated) only admits the
-- courses for anyone.
ALTER TABLE account ADD COLUMN learner_group VARCHAR(30);
ALTER TABLE account ADD CONSTRAINT ck_account_learner_group
    CHECK (learner_group IS NULL OR learner_group IN ('OFFICIAL', 'COOP_MANAGER', 'ENTERPRISE_MANAGER'));

-- The course's completion rule (share of sessions attended, and whether a passing result is also needed) and the
-- counter that orders its waiting list (taken under the course row lock, so it is strictly increasing).
ALTER TABLE course ADD COLUMN attendance_percent INTEGER DEFAULT 80 NOT NULL;
ALTER TABLE course ADD COLUMN result_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE course ADD COLUMN queue_counter BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE course ADD CONSTRAINT ck_course_attendance_percent
    CHECK (attendance_percent BETWEEN 1 AND 100);

CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enrolment (
    id                    BIGINT        NOT NULL,
    course_id             BIGINT        NOT NULL,
    learner_id            BIGINT        NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    active_key            INTEGER,
    queue_number          BIGINT        NOT NULL,
    enrolled_at           TIMESTAMP     NOT NULL,
    confirmed_at          TIMESTAMP,
    ended_at              TIMESTAMP,
    result                VARCHAR(10),
    completed_at          TIMESTAMP,
    certificate_code      VARCHAR(40),
    version               BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT ck_enrolment_status
        CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'REMOVED', 'COMPLETED')),
    CONSTRAINT ck_enrolment_active CHECK (
        (status IN ('CONFIRMED', 'WAITLISTED', 'COMPLETED') AND active_key = 1)
        OR (status IN ('CANCELLED', 'REMOVED') AND active_key IS NULL)),
    CONSTRAINT ck_enrolment_result CHECK (result IS NULL OR result IN ('PASSED', 'FAILED')),
    CONSTRAINT uq_enrolment_queue UNIQUE (course_id, queue_number),
    CONSTRAINT uq_enrolment_certificate UNIQUE (certificate_code)
);
CREATE UNIQUE INDEX uq_enrolment_active ON enrolment (course_id, learner_id, active_key);
CREATE INDEX ix_enrolment_course_status ON enrolment (course_id, status, queue_number);
CREATE INDEX ix_enrolment_learner ON enrolment (learner_id, status);

-- Attendance: one row per enrolment and session the learner attended (who recorded it, and when, is in the
-- audit log).
CREATE TABLE attendance (
    enrolment_id BIGINT    NOT NULL,
    session_id   BIGINT    NOT NULL,
    CONSTRAINT pk_attendance PRIMARY KEY (enrolment_id, session_id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE
);

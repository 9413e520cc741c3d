-- Throttling that holds on every node sharing the database (no state in a JVM): one row per bucket, locked with
-- SELECT ... FOR UPDATE while it is counted. Buckets: failed sign-ins per source address ("source:<ip>") and per
-- typed e-mail ("account:<e-mail>", known or not, so throttling reveals nothing), the addresses an account has
-- signed in from ("known:<account id>:<ip>", exempt from the account's throttle), and registrations per source
-- address per hour ("register:<ip>").
CREATE TABLE rate_limit (
    bucket        VARCHAR(400) NOT NULL,
    hits          INTEGER      NOT NULL,
    window_start  TIMESTAMP    NOT NULL,
    last_hit_at   TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP,
    notified_at   TIMESTAMP,
    CONSTRAINT pk_rate_limit PRIMARY KEY (bucket)
);
CREATE INDEX ix_rate_limit_last_hit ON rate_limit (last_hit_at);

-- The outbox claims a batch of mails with one conditional update; the token written with the claim tells the node
-- which rows it won (another node may have claimed some of the same batch a moment earlier).
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(36);

-- Due mails are taken in the order they were first queued (a retry whose pause is over goes before mail queued
-- after it), from the pending rows only, however many sent rows the table keeps.
CREATE INDEX ix_mail_outbox_queue ON mail_outbox (status, created_at, id);

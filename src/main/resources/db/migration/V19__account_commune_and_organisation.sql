-- A learner states at registration (and in the profile) the commune they work in, among the administrative units
-- valid that day, and their organisation when it is in the directory (the free-text organisation_name stays for
-- those that are not). Plain ids: identity does not know the directory's entities; the database keeps them honest.
ALTER TABLE account ADD COLUMN commune_id BIGINT;
ALTER TABLE account ADD COLUMN organisation_id BIGINT;
ALTER TABLE account ADD CONSTRAINT fk_account_commune FOREIGN KEY (commune_id) REFERENCES admin_unit (id);
ALTER TABLE account ADD CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX ix_account_organisation ON account (organisation_id);

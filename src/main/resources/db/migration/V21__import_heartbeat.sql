-- A running import writes a heartbeat every few seconds from its node (directory.control.OrganisationImporter).
-- A RUNNING job whose heartbeat is older than a minute lost its node: its one transaction rolled back, so the
-- page says "failed, nothing was imported" within a minute instead of showing RUNNING for half an hour.
-- Jobs from before this column have none; their start time stands in for it.
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP;
UPDATE import_job SET heartbeat_at = started_at;

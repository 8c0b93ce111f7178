-- A featuring period is days in a time zone (the administrator's choice, Central Time unless
-- changed): from the start of the first day to the end of the last there. Periods set before were
-- days in UTC, and keep saying so.
ALTER TABLE feature ADD COLUMN zone_id VARCHAR(60) NOT NULL DEFAULT 'UTC';
ALTER TABLE feature ALTER COLUMN zone_id DROP DEFAULT;

-- A series can be featured on the network home (the flagship "Mental Health Support for
-- Healthcare Workers" series, not only one of its sessions).
ALTER TABLE feature ADD COLUMN series_id BIGINT REFERENCES event_series (id) ON DELETE CASCADE;
ALTER TABLE feature DROP CONSTRAINT feature_kind_check;
ALTER TABLE feature ADD CONSTRAINT feature_kind_check
    CHECK (kind IN ('MEMBER', 'EVENT', 'SERIES', 'NEWS'));
ALTER TABLE feature DROP CONSTRAINT feature_item;
ALTER TABLE feature ADD CONSTRAINT feature_item CHECK (
    (kind = 'MEMBER' AND event_id IS NULL AND news_id IS NULL AND series_id IS NULL)
    OR (kind = 'EVENT' AND event_id IS NOT NULL AND news_id IS NULL AND series_id IS NULL)
    OR (kind = 'SERIES' AND series_id IS NOT NULL AND event_id IS NULL AND news_id IS NULL)
    OR (kind = 'NEWS' AND news_id IS NOT NULL AND event_id IS NULL AND series_id IS NULL));
CREATE INDEX feature_series ON feature (series_id) WHERE series_id IS NOT NULL;

-- An index for every foreign key that lacked one. Without them, deleting a row scans each table
-- that refers to it: deleting a collaborative with 20,000 events took 49 s (each event's delete
-- scanned the feature table for feature.event_id), and it grows with the square of the rows.
-- Found by ScaleIT's clean-up once it generated 100,000 rows of each workspace list.
CREATE INDEX IF NOT EXISTS feature_event ON feature (event_id);
CREATE INDEX IF NOT EXISTS feature_news ON feature (news_id);
CREATE INDEX IF NOT EXISTS feature_collaborative ON feature (collaborative_id);
CREATE INDEX IF NOT EXISTS slug_redirect_collaborative ON slug_redirect (collaborative_id);
CREATE INDEX IF NOT EXISTS membership_collaborative ON membership (collaborative_id);
CREATE INDEX IF NOT EXISTS material_collaborative ON material (collaborative_id);
CREATE INDEX IF NOT EXISTS registration_collaborative ON registration (collaborative_id);
CREATE INDEX IF NOT EXISTS revision_collaborative ON revision (collaborative_id);
CREATE INDEX IF NOT EXISTS related_link_collaborative ON related_link (collaborative_id);
CREATE INDEX IF NOT EXISTS password_reset_account ON password_reset (account_id);
CREATE INDEX IF NOT EXISTS campaign_topic ON campaign (topic_id);
CREATE INDEX IF NOT EXISTS resource_theme_parent ON resource_theme (parent_id);
CREATE INDEX IF NOT EXISTS resource_theme_of ON resource (theme_id);
CREATE INDEX IF NOT EXISTS practice_resource_resource ON practice_resource (resource_id);

-- What is featured now (the network home, on every visit): periods still running, whatever the
-- length of the history.
CREATE INDEX IF NOT EXISTS feature_running ON feature (ends_at, kind);

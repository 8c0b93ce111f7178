-- The page cache keeps a page until the next instant its content would change by itself: the
-- next scheduled publication, the next event starting or ending, the next featuring period
-- starting or ending (NextChanges asks for each table's earliest such instant after now). Each
-- of those minimums is one step down an index, at any size of the network.
CREATE INDEX event_publication ON event (published_at);
CREATE INDEX resource_publication ON resource (published_at);
CREATE INDEX practice_publication ON practice (published_at);
CREATE INDEX adoption_publication ON adoption (published_at);
CREATE INDEX campaign_publication ON campaign (published_at);
CREATE INDEX feature_start ON feature (starts_at);
CREATE INDEX search_entry_visible ON search_entry (visible_from);

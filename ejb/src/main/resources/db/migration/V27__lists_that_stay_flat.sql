-- Lists that stay fast as the network grows (issue 15: 1,000 collaboratives, 100,000 items).

-- An event lasts at most 31 days (Event.LONGEST; a longer programme is a series). Lists of what
-- has not ended yet then bound the start time too and walk the start-time index from a month ago
-- instead of from the network's first event.
ALTER TABLE event ADD CONSTRAINT event_at_most_31_days CHECK (ends_at <= starts_at + interval '31 days');

-- The network's latest news (home page, feeds): newest first without sorting every item.
CREATE INDEX news_item_dated ON news_item (dated DESC, id DESC);

-- "Does this collaborative have published events?" (the events filter's list of collaboratives):
-- one index probe per collaborative.
CREATE INDEX event_collaborative_published ON event (collaborative_id, published_at);

-- How many events have not ended (the events list's "N upcoming events", the read API's total):
-- counted from the start-time index alone, without visiting the table (it replaces the plain
-- start-time index, whose work it does too).
DROP INDEX event_start;
CREATE INDEX event_start ON event (starts_at) INCLUDE (ends_at, published_at, collaborative_id, id);

-- The read API's news and series lists: newest first from the index, and their totals counted
-- from it alone (news replaces its plain publication-time index).
DROP INDEX news_published;
CREATE INDEX news_published ON news_item (published_at DESC) INCLUDE (collaborative_id, id);
CREATE INDEX event_series_published ON event_series (published_at DESC, id DESC)
  INCLUDE (collaborative_id);

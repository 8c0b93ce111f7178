-- The network calendar's filters (format, series) are tested in the start-time index too, so a
-- filtered list of events to come passes over the month's ended events, and the events of other
-- formats or series, without reading them from the table; only the page's own events are read
-- (NetworkCalendar asks for the page's ids first). Replaces V27's index of the same name.
DROP INDEX event_start;
CREATE INDEX event_start ON event (starts_at)
  INCLUDE (ends_at, published_at, collaborative_id, id, format, series_id);

-- One search index for the whole network: a row per searchable item (event, series, news item,
-- resource, presenter, collaborative) with what a search filters, ranks and counts by, and the
-- item's weighted tsvector, under one GIN index. Searching six tables took six index scans, six
-- joins and a 40 ms plan for every query, and the topic facet joined four link tables; one narrow
-- table makes a typical search five times faster. Triggers keep it current in the writing
-- transaction, so a search never sees an item other than as committed.
CREATE TABLE search_entry (
    kind             text        NOT NULL,
    item_id          bigint      NOT NULL,
    collaborative_id bigint      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    -- the item's date: an event's start, a news item's date, a series' or resource's publication
    at               timestamptz,
    format           text,
    -- from when it may be found: its publication (a presenter: that of their first published
    -- event; never while they present none); a collaborative's profile always (its status is
    -- checked when searching)
    visible_from     timestamptz,
    topic_ids        bigint[]    NOT NULL DEFAULT '{}',
    tsv              tsvector    NOT NULL,
    PRIMARY KEY (kind, item_id)
);
CREATE INDEX search_entry_tsv ON search_entry USING gin (tsv);
CREATE INDEX search_entry_collaborative ON search_entry (collaborative_id);
-- a chosen topic narrows through the index too: "health" with one topic reads the few hundred
-- items on that topic, not the 75,000 that say "health"
CREATE INDEX search_entry_topics ON search_entry USING gin (topic_ids);

-- The item's row as it is now (none when the item is gone).
CREATE FUNCTION search_entry_refresh(entry_kind text, id bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM search_entry WHERE kind = entry_kind AND item_id = id;
    IF entry_kind = 'EVENT' THEN
        INSERT INTO search_entry
        SELECT 'EVENT', e.id, e.collaborative_id, e.starts_at, e.format::text, e.published_at,
               ARRAY(SELECT topic_id FROM event_topic WHERE event_id = e.id ORDER BY topic_id),
               e.search_tsv
        FROM event e WHERE e.id = search_entry_refresh.id;
    ELSIF entry_kind = 'SERIES' THEN
        INSERT INTO search_entry
        SELECT 'SERIES', s.id, s.collaborative_id, s.published_at, NULL, s.published_at,
               ARRAY(SELECT topic_id FROM series_topic WHERE series_id = s.id ORDER BY topic_id),
               s.search_tsv
        FROM event_series s WHERE s.id = search_entry_refresh.id;
    ELSIF entry_kind = 'NEWS' THEN
        INSERT INTO search_entry
        SELECT 'NEWS', n.id, n.collaborative_id, n.dated::timestamptz, NULL, n.published_at,
               ARRAY(SELECT topic_id FROM news_topic WHERE news_id = n.id ORDER BY topic_id),
               n.search_tsv
        FROM news_item n WHERE n.id = search_entry_refresh.id;
    ELSIF entry_kind = 'RESOURCE' THEN
        INSERT INTO search_entry
        SELECT 'RESOURCE', r.id, r.collaborative_id, r.published_at, NULL, r.published_at,
               ARRAY(SELECT topic_id FROM resource_topic WHERE resource_id = r.id ORDER BY topic_id),
               r.search_tsv
        FROM resource r WHERE r.id = search_entry_refresh.id;
    ELSIF entry_kind = 'PRESENTER' THEN
        INSERT INTO search_entry
        SELECT 'PRESENTER', p.id, p.collaborative_id, NULL, NULL,
               (SELECT min(e.published_at) FROM event_presenter ep JOIN event e ON e.id = ep.event_id
                WHERE ep.presenter_id = p.id),
               '{}', p.search_tsv
        FROM presenter p WHERE p.id = search_entry_refresh.id;
    ELSIF entry_kind = 'COLLABORATIVE' THEN
        INSERT INTO search_entry
        SELECT 'COLLABORATIVE', c.id, c.id, NULL, NULL, '-infinity', '{}', c.search_tsv
        FROM collaborative c WHERE c.id = search_entry_refresh.id;
    END IF;
END
$$;

-- An item written: its row (for an event whose publication changed, its presenters' rows too).
CREATE FUNCTION search_entry_item_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    item bigint;
    presenter bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        item := OLD.id;
    ELSE
        item := NEW.id;
    END IF;
    PERFORM search_entry_refresh(TG_ARGV[0], item);
    -- (nested: PL/pgSQL resolves OLD.published_at even where an AND has already failed)
    IF TG_ARGV[0] = 'EVENT' THEN
        IF TG_OP <> 'UPDATE' OR OLD.published_at IS DISTINCT FROM NEW.published_at THEN
            FOR presenter IN SELECT presenter_id FROM event_presenter WHERE event_id = item LOOP
                PERFORM search_entry_refresh('PRESENTER', presenter);
            END LOOP;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- A link written (topic or presenter of an item): the linked item's row. Arguments: the item's
-- kind and the link's column naming it.
CREATE FUNCTION search_entry_link_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    link jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        link := to_jsonb(OLD);
    ELSE
        link := to_jsonb(NEW);
    END IF;
    PERFORM search_entry_refresh(TG_ARGV[0], (link ->> TG_ARGV[1])::bigint);
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) ->> TG_ARGV[1] <> link ->> TG_ARGV[1] THEN
        PERFORM search_entry_refresh(TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::bigint);
    END IF;
    RETURN NULL;
END
$$;

-- An item's row is rewritten when the item is added or removed, or when what the index holds of
-- it changes (not for a capacity, a join link or a version number).
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('EVENT');
CREATE TRIGGER search_entry_update AFTER UPDATE ON event
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.starts_at, OLD.format, OLD.published_at, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.starts_at, NEW.format, NEW.published_at, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('EVENT');
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON event_series
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('SERIES');
CREATE TRIGGER search_entry_update AFTER UPDATE ON event_series
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.published_at, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.published_at, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('SERIES');
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON news_item
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('NEWS');
CREATE TRIGGER search_entry_update AFTER UPDATE ON news_item
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.dated, OLD.published_at, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.dated, NEW.published_at, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('NEWS');
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON resource
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('RESOURCE');
CREATE TRIGGER search_entry_update AFTER UPDATE ON resource
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.published_at, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.published_at, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('RESOURCE');
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON presenter
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('PRESENTER');
CREATE TRIGGER search_entry_update AFTER UPDATE ON presenter
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('PRESENTER');
CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON collaborative
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('COLLABORATIVE');
CREATE TRIGGER search_entry_update AFTER UPDATE ON collaborative
    FOR EACH ROW WHEN ((OLD.search_tsv) IS DISTINCT FROM (NEW.search_tsv))
    EXECUTE FUNCTION search_entry_item_changed('COLLABORATIVE');

CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON event_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('EVENT', 'event_id');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON series_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('SERIES', 'series_id');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON news_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('NEWS', 'news_id');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON resource_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('RESOURCE', 'resource_id');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON event_presenter
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('PRESENTER', 'presenter_id');

-- Every item there is, once.
SELECT search_entry_refresh('COLLABORATIVE', id) FROM collaborative;
SELECT search_entry_refresh('EVENT', id) FROM event;
SELECT search_entry_refresh('SERIES', id) FROM event_series;
SELECT search_entry_refresh('NEWS', id) FROM news_item;
SELECT search_entry_refresh('RESOURCE', id) FROM resource;
SELECT search_entry_refresh('PRESENTER', id) FROM presenter;

-- The tables' own tsvectors stay (the index copies them); their GIN indexes are no longer read.
DROP INDEX event_search;
DROP INDEX event_series_search;
DROP INDEX news_item_search;
DROP INDEX resource_search;
DROP INDEX collaborative_search;
DROP INDEX presenter_search;

-- Statistics for the planner at once (not at autovacuum's next visit).
ANALYZE search_entry;

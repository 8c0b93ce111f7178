-- Key findings as data: on an event or a series, an ordered list of statements, each with an
-- optional supporting quote and its speaker, the practices it speaks of and its topics (the seed's
-- "Key Findings from the Mental Health Support for Healthcare Workforce Webinar" and Jodie
-- Dvorkin's quote). A finding is public exactly when the item it belongs to is; it is owned by
-- that item's collaborative, revisioned, and found by search and on the network's /findings page.
CREATE TABLE finding (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    event_id         BIGINT REFERENCES event (id) ON DELETE CASCADE,
    series_id        BIGINT REFERENCES event_series (id) ON DELETE CASCADE,
    position         INT          NOT NULL,
    statement        VARCHAR(1000) NOT NULL,
    quote            VARCHAR(3000),
    speaker          VARCHAR(300),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    search_tsv       tsvector GENERATED ALWAYS AS (
        search_vector(statement, quote, speaker)) STORED,
    CONSTRAINT finding_one_parent CHECK ((event_id IS NULL) <> (series_id IS NULL))
);
CREATE INDEX finding_event ON finding (event_id, position) WHERE event_id IS NOT NULL;
CREATE INDEX finding_series ON finding (series_id, position) WHERE series_id IS NOT NULL;
CREATE INDEX finding_collaborative ON finding (collaborative_id);

CREATE TABLE finding_topic (
    finding_id BIGINT NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    topic_id   BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (finding_id, topic_id)
);
CREATE INDEX finding_topic_topic ON finding_topic (topic_id, finding_id);

CREATE TABLE finding_practice (
    finding_id  BIGINT NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    practice_id BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    PRIMARY KEY (finding_id, practice_id)
);
CREATE INDEX finding_practice_practice ON finding_practice (practice_id, finding_id);

ALTER TABLE revision DROP CONSTRAINT revision_item_type_check;
ALTER TABLE revision ADD CONSTRAINT revision_item_type_check
    CHECK (item_type IN ('EVENT', 'SERIES', 'RESOURCE', 'NEWS', 'PRACTICE', 'ADOPTION', 'FINDING'));

-- The search index takes findings in (V13): dated and visible as the item they belong to.
CREATE FUNCTION search_entry_refresh_finding(id bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM search_entry WHERE kind = 'FINDING' AND item_id = id;
    INSERT INTO search_entry
    SELECT 'FINDING', f.id, f.collaborative_id, coalesce(e.starts_at, s.published_at), NULL,
           coalesce(e.published_at, s.published_at),
           ARRAY(SELECT topic_id FROM finding_topic WHERE finding_id = f.id ORDER BY topic_id),
           f.search_tsv
    FROM finding f LEFT JOIN event e ON e.id = f.event_id
                   LEFT JOIN event_series s ON s.id = f.series_id
    WHERE f.id = search_entry_refresh_finding.id;
END
$$;

CREATE FUNCTION search_entry_finding_changed() RETURNS trigger
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
    PERFORM search_entry_refresh_finding((link ->> TG_ARGV[0])::bigint);
    RETURN NULL;
END
$$;

-- The findings of an event or series whose date or publication changed.
CREATE FUNCTION search_entry_findings_of() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    item bigint;
BEGIN
    FOR item IN SELECT f.id FROM finding f
                WHERE (TG_ARGV[0] = 'EVENT' AND f.event_id = NEW.id)
                   OR (TG_ARGV[0] = 'SERIES' AND f.series_id = NEW.id) LOOP
        PERFORM search_entry_refresh_finding(item);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON finding
    FOR EACH ROW EXECUTE FUNCTION search_entry_finding_changed('id');
CREATE TRIGGER search_entry_update AFTER UPDATE ON finding
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.collaborative_id) IS DISTINCT FROM (NEW.search_tsv, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_finding_changed('id');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON finding_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_finding_changed('finding_id');
CREATE TRIGGER search_entry_findings AFTER UPDATE ON event
    FOR EACH ROW WHEN ((OLD.starts_at, OLD.published_at) IS DISTINCT FROM (NEW.starts_at, NEW.published_at))
    EXECUTE FUNCTION search_entry_findings_of('EVENT');
CREATE TRIGGER search_entry_findings AFTER UPDATE ON event_series
    FOR EACH ROW WHEN ((OLD.published_at) IS DISTINCT FROM (NEW.published_at))
    EXECUTE FUNCTION search_entry_findings_of('SERIES');

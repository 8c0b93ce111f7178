-- Practices: the programmes, interventions and tools members present and others adopt ("peer
-- support huddles", "stress first aid training", "the Mental Health Playbook"), owned by the
-- collaborative that originated or curates one; with the evidence for it (free text and a level),
-- its topics, the sessions where it was presented (of any collaborative) and the resources that
-- go with it. Drafts, scheduled publication and revisions as every other item; found by search.

CREATE TABLE practice (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    slug             VARCHAR(120) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    summary          TEXT,
    problem          TEXT,
    how_it_works     TEXT,
    setting          VARCHAR(300),
    audience         VARCHAR(300),
    evidence         TEXT,
    evidence_level   VARCHAR(20)  NOT NULL DEFAULT 'IDEA'
        CHECK (evidence_level IN ('IDEA', 'PILOTED', 'EVALUATED', 'EVIDENCE_BASED')),
    contact          VARCHAR(300),
    published_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    search_tsv       tsvector GENERATED ALWAYS AS (
        search_vector(name, summary,
                      coalesce(problem, '') || ' ' || coalesce(how_it_works, '') || ' '
                      || coalesce(setting, '') || ' ' || coalesce(audience, '') || ' '
                      || coalesce(evidence, ''))) STORED,
    CONSTRAINT practice_slug_unique UNIQUE (collaborative_id, slug)
);
CREATE INDEX practice_published ON practice (collaborative_id, published_at);

CREATE TABLE practice_topic (
    practice_id BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    topic_id    BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, topic_id)
);
CREATE INDEX practice_topic_topic ON practice_topic (topic_id, practice_id);

-- where it was presented: an event can present several practices, a practice can be presented at
-- several events, of several collaboratives
CREATE TABLE practice_event (
    practice_id BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    event_id    BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, event_id)
);
CREATE INDEX practice_event_event ON practice_event (event_id, practice_id);

CREATE TABLE practice_resource (
    practice_id BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, resource_id)
);

ALTER TABLE revision DROP CONSTRAINT revision_item_type_check;
ALTER TABLE revision ADD CONSTRAINT revision_item_type_check
    CHECK (item_type IN ('EVENT', 'SERIES', 'RESOURCE', 'NEWS', 'PRACTICE'));

-- The search index takes practices in (V13).
CREATE OR REPLACE FUNCTION search_entry_refresh(entry_kind text, id bigint) RETURNS void
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
    ELSIF entry_kind = 'PRACTICE' THEN
        INSERT INTO search_entry
        SELECT 'PRACTICE', p.id, p.collaborative_id, p.published_at, NULL, p.published_at,
               ARRAY(SELECT topic_id FROM practice_topic WHERE practice_id = p.id ORDER BY topic_id),
               p.search_tsv
        FROM practice p WHERE p.id = search_entry_refresh.id;
    END IF;
END
$$;

CREATE TRIGGER search_entry AFTER INSERT OR DELETE ON practice
    FOR EACH ROW EXECUTE FUNCTION search_entry_item_changed('PRACTICE');
CREATE TRIGGER search_entry_update AFTER UPDATE ON practice
    FOR EACH ROW WHEN ((OLD.search_tsv, OLD.published_at, OLD.collaborative_id)
        IS DISTINCT FROM (NEW.search_tsv, NEW.published_at, NEW.collaborative_id))
    EXECUTE FUNCTION search_entry_item_changed('PRACTICE');
CREATE TRIGGER search_entry AFTER INSERT OR UPDATE OR DELETE ON practice_topic
    FOR EACH ROW EXECUTE FUNCTION search_entry_link_changed('PRACTICE', 'practice_id');

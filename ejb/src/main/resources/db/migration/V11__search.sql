-- Network-wide full-text search on PostgreSQL's own text search. Each searchable table keeps a
-- weighted tsvector (title A > summary B > body C) as a stored generated column, so the database
-- keeps it current on every write, with a GIN index. (Only immutable expressions may build
-- a generated column: hence || and coalesce rather than concat_ws.) Accents are folded (unaccent) and HTML tags
-- of rich text dropped before indexing; the same folding is applied to queries.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

-- Plain text of a field: tags of sanitised rich text dropped, its entities read, accents folded.
CREATE FUNCTION search_text(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN public.unaccent('public.unaccent'::regdictionary,
        replace(replace(replace(replace(replace(replace(
            regexp_replace(coalesce($1, ''), '<[^>]*>', ' ', 'g'),
            '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''),
            '&amp;', '&'));

CREATE FUNCTION search_vector(a text, b text, c text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('english'::regconfig, search_text(a)), 'A')
        || setweight(to_tsvector('english'::regconfig, search_text(b)), 'B')
        || setweight(to_tsvector('english'::regconfig, search_text(c)), 'C');

ALTER TABLE event ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(title, abstract,
                  coalesce(key_findings, '') || ' ' || coalesce(discussion_topics, '') || ' ' || coalesce(location, '') || ' ' || coalesce(call_report, ''))) STORED;
CREATE INDEX event_search ON event USING gin (search_tsv);

ALTER TABLE event_series ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(title, description, coalesce(cadence, '') || ' ' || coalesce(outputs_label, ''))) STORED;
CREATE INDEX event_series_search ON event_series USING gin (search_tsv);

ALTER TABLE news_item ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(title, summary, body)) STORED;
CREATE INDEX news_item_search ON news_item USING gin (search_tsv);

ALTER TABLE resource ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(title, summary, audience)) STORED;
CREATE INDEX resource_search ON resource USING gin (search_tsv);

ALTER TABLE collaborative ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(name, coalesce(short_name, '') || ' ' || coalesce(tagline, ''), coalesce(region, '') || ' ' || coalesce(about, ''))) STORED;
CREATE INDEX collaborative_search ON collaborative USING gin (search_tsv);

ALTER TABLE presenter ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    search_vector(name, coalesce(credentials, '') || ' ' || coalesce(role, '') || ' ' || coalesce(affiliation, ''), bio)) STORED;
CREATE INDEX presenter_search ON presenter USING gin (search_tsv);

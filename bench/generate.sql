-- Fills the current database (migrated by the portal at least once) with a large network for the
-- benchmarks: :collaboratives collaboratives (2% suspended) and :items published-or-draft items
-- spread over them: 40% events (a third with key findings), 25% news, 20% resources, 10% series,
-- 5% presenters (each presenting one event), 10% of all items drafts, every item on one of 20
-- topics. Texts are drawn from a vocabulary of the field with the skew of real text (below). Run
-- through ./convene generate; it refuses a database already generated.
\set ON_ERROR_STOP on
BEGIN;
SELECT count(*) = 0 AS fresh FROM collaborative WHERE slug LIKE 'gen-%' \gset
\if :fresh
\else
  \echo 'This database already holds a generated network (collaboratives gen-*); nothing was added.'
  ROLLBACK;
  \quit
\endif

-- The vocabulary in order of frequency: the field's common words first, then its specific terms,
-- then a long tail of 2,000 rarer words (w1 … w2000). Words are drawn log-uniformly by rank
-- (P(rank r) ~ 1/r, as in real text), so "care" is in most items and "moral" in a few percent.
CREATE TEMP TABLE vocabulary AS SELECT ARRAY[
  'health', 'care', 'quality', 'patients', 'improvement', 'clinicians', 'community', 'data',
  'primary', 'hospital', 'measurement', 'safety', 'support', 'learning', 'clinic', 'families',
  'cost', 'value', 'payment', 'leadership', 'workforce', 'equity', 'rural', 'behavioral',
  'chronic', 'prevention', 'pharmacy', 'nurses', 'physicians', 'transitions', 'coaching',
  'dashboard', 'claims', 'transparency', 'wellbeing', 'burnout', 'resilience', 'depression',
  'screening', 'diabetes', 'hypertension', 'telehealth', 'opioid', 'stewardship', 'maternal',
  'pediatric', 'asthma', 'vaccination', 'covid', 'readmissions', 'trauma', 'informed', 'suicide',
  'substance', 'pain', 'peer', 'huddles', 'playbook', 'moral', 'distress']
  || ARRAY(SELECT 'w' || g FROM generate_series(1, 2000) g) AS w;

-- n words of the vocabulary; seed makes the call depend on its row (evaluated per row)
CREATE FUNCTION pg_temp.words(n int, seed bigint) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(
    v.w[least(array_length(v.w, 1), floor(exp(random() * ln(array_length(v.w, 1) + 1)))::int)], ' ')
  FROM vocabulary v, generate_series(1, n + (seed * 0)::int)
$$;

INSERT INTO collaborative (slug, name, short_name, tagline, region, primary_colour, status)
SELECT 'gen-' || g, 'Generated Health Collaborative ' || lpad(g::text, 4, '0'), 'GHC' || g,
       initcap(pg_temp.words(5, g)), 'Region ' || (g % 50), '#12355b',
       CASE WHEN g % 50 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END
FROM generate_series(1, :collaboratives) g;

INSERT INTO topic (slug, name, created_at)
SELECT 'gen-topic-' || g, 'Generated topic ' || g, now() FROM generate_series(1, 20) g
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE owners AS
SELECT row_number() OVER (ORDER BY id) AS n, id FROM collaborative WHERE slug LIKE 'gen-%';

-- events: 40%, half past and half upcoming, over ±2 years
INSERT INTO event (collaborative_id, slug, title, abstract, key_findings, starts_at, ends_at,
                   zone_id, format, capacity, registration_open, status, published_at,
                   created_at, updated_at)
SELECT o.id, 'gen-' || g, initcap(pg_temp.words(5, g)), pg_temp.words(25, g),
       CASE WHEN g % 3 = 0 THEN pg_temp.words(40, g) END,
       now() + ((g % 1460) - 730) * interval '1 day', now() + ((g % 1460) - 730) * interval '1 day' + interval '1 hour',
       (ARRAY['America/Chicago', 'America/Denver', 'America/New_York', 'America/Los_Angeles'])[1 + g % 4],
       (ARRAY['ONLINE', 'IN_PERSON', 'HYBRID'])[1 + g % 3], 100, TRUE, 'SCHEDULED',
       CASE WHEN g % 10 = 0 THEN NULL ELSE now() - interval '1 day' END, now(), now()
FROM generate_series(1, (:items * 40 / 100)) g JOIN owners o ON o.n = 1 + g % :collaboratives;

INSERT INTO news_item (collaborative_id, slug, kind, title, summary, body, dated, published_at,
                       created_at, updated_at)
SELECT o.id, 'gen-' || g, 'POST', initcap(pg_temp.words(6, g)), pg_temp.words(20, g),
       '<p>' || pg_temp.words(80, g) || '</p>', current_date - (g % 1460),
       CASE WHEN g % 10 = 0 THEN NULL ELSE now() - interval '1 day' END, now(), now()
FROM generate_series(1, (:items * 25 / 100)) g JOIN owners o ON o.n = 1 + g % :collaboratives;

INSERT INTO resource (collaborative_id, title, summary, kind, url, published_at, created_at,
                      updated_at)
SELECT o.id, initcap(pg_temp.words(4, g)), pg_temp.words(20, g),
       (ARRAY['TOOLKIT', 'WEBSITE', 'DOCUMENT', 'VIDEO', 'PLAYBOOK'])[1 + g % 5],
       'https://resources.example.org/' || g,
       CASE WHEN g % 10 = 0 THEN NULL ELSE now() - interval '1 day' END, now(), now()
FROM generate_series(1, (:items * 20 / 100)) g JOIN owners o ON o.n = 1 + g % :collaboratives;

INSERT INTO event_series (collaborative_id, slug, title, description, status, published_at,
                          created_at, updated_at)
SELECT o.id, 'gen-' || g, initcap(pg_temp.words(4, g)), '<p>' || pg_temp.words(30, g) || '</p>',
       'RUNNING', CASE WHEN g % 10 = 0 THEN NULL ELSE now() - interval '1 day' END, now(), now()
FROM generate_series(1, (:items * 10 / 100)) g JOIN owners o ON o.n = 1 + g % :collaboratives;

CREATE TEMP TABLE new_presenters AS
WITH p AS (
  INSERT INTO presenter (collaborative_id, name, role, affiliation)
  SELECT o.id, 'Presenter ' || g || ' ' || initcap(pg_temp.words(1, g)), initcap(pg_temp.words(2, g)),
         initcap(pg_temp.words(2, g)) || ' Health'
  FROM generate_series(1, (:items * 5 / 100)) g JOIN owners o ON o.n = 1 + g % :collaboratives
  RETURNING id, collaborative_id)
SELECT * FROM p;
INSERT INTO event_presenter (event_id, presenter_id)
SELECT DISTINCT ON (p.id) e.id, p.id FROM new_presenters p
JOIN event e ON e.collaborative_id = p.collaborative_id AND e.slug LIKE 'gen-%';

INSERT INTO event_topic (event_id, topic_id)
SELECT e.id, t.id FROM event e JOIN topic t ON t.slug = 'gen-topic-' || (1 + e.id % 20)
WHERE e.slug LIKE 'gen-%';
INSERT INTO news_topic (news_id, topic_id)
SELECT n.id, t.id FROM news_item n JOIN topic t ON t.slug = 'gen-topic-' || (1 + n.id % 20)
WHERE n.slug LIKE 'gen-%';
INSERT INTO resource_topic (resource_id, topic_id)
SELECT r.id, t.id FROM resource r JOIN topic t ON t.slug = 'gen-topic-' || (1 + r.id % 20)
WHERE r.url LIKE 'https://resources.example.org/%';
INSERT INTO series_topic (series_id, topic_id)
SELECT s.id, t.id FROM event_series s JOIN topic t ON t.slug = 'gen-topic-' || (1 + s.id % 20)
WHERE s.slug LIKE 'gen-%';
COMMIT;
-- as autovacuum leaves tables in use: statistics, and the visibility map that lets a list or a
-- count be answered from an index alone (without it, the first minutes after generating measure
-- reads that a running portal does not make)
VACUUM ANALYZE collaborative, topic, event, news_item, resource, event_series, presenter,
  event_presenter, event_topic, news_topic, resource_topic, series_topic, search_entry;
SELECT (SELECT count(*) FROM collaborative WHERE slug LIKE 'gen-%') AS collaboratives,
       (SELECT count(*) FROM event WHERE slug LIKE 'gen-%')
     + (SELECT count(*) FROM news_item WHERE slug LIKE 'gen-%')
     + (SELECT count(*) FROM resource WHERE url LIKE 'https://resources.example.org/%')
     + (SELECT count(*) FROM event_series WHERE slug LIKE 'gen-%')
     + (SELECT count(*) FROM presenter WHERE name LIKE 'Presenter %') AS items;

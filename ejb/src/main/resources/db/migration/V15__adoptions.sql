-- Adoptions: a collaborative records, in its own space, that it (or an organisation of its region)
-- adopted or adapted another collaborative's practice — what was changed and why, how far it got
-- (considering, piloting, adopted, stopped — and why it stopped), when, and what came of it. Its
-- own description of the adapted version, if it writes one, is a practice of its own: that one can
-- be adopted in turn, so practices form a lineage (practice → adoption → adaptation → …).
CREATE TABLE adoption (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    practice_id      BIGINT       NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    adaptation_id    BIGINT       REFERENCES practice (id) ON DELETE SET NULL,
    organisation     VARCHAR(200),
    status           VARCHAR(20)  NOT NULL
        CHECK (status IN ('CONSIDERING', 'PILOTING', 'ADOPTED', 'STOPPED')),
    changes          TEXT,
    stopped_reason   TEXT,
    started_on       DATE,
    ended_on         DATE,
    results          TEXT,
    published_at     TIMESTAMPTZ,
    -- the originating collaborative is told once, when the adoption is first public
    notified_at      TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT adoption_stopped_has_reason CHECK (status <> 'STOPPED' OR stopped_reason IS NOT NULL),
    CONSTRAINT adoption_dates_in_order CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
    CONSTRAINT adoption_not_its_own_adaptation CHECK (adaptation_id IS NULL OR adaptation_id <> practice_id)
);
CREATE INDEX adoption_practice ON adoption (practice_id, published_at);
CREATE INDEX adoption_collaborative ON adoption (collaborative_id);
-- an adaptation comes from one practice: its lineage has one parent
CREATE UNIQUE INDEX adoption_one_origin ON adoption (adaptation_id) WHERE adaptation_id IS NOT NULL;

ALTER TABLE revision DROP CONSTRAINT revision_item_type_check;
ALTER TABLE revision ADD CONSTRAINT revision_item_type_check
    CHECK (item_type IN ('EVENT', 'SERIES', 'RESOURCE', 'NEWS', 'PRACTICE', 'ADOPTION'));

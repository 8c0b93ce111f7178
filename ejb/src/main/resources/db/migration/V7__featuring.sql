-- What administrators feature on the network home, for a period: a member (with a short blurb)
-- or one of a member's published items. Rows are never deleted: they are the history of what was
-- featured when. The owner keeps the item; an item unpublished or cancelled drops off at once
-- because the home joins to it live.

CREATE TABLE feature (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('MEMBER', 'EVENT', 'NEWS')),
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    event_id         BIGINT       REFERENCES event (id) ON DELETE CASCADE,
    news_id          BIGINT       REFERENCES news_item (id) ON DELETE CASCADE,
    blurb            TEXT,
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT feature_period CHECK (ends_at > starts_at),
    CONSTRAINT feature_item CHECK (
        (kind = 'MEMBER' AND event_id IS NULL AND news_id IS NULL)
        OR (kind = 'EVENT' AND event_id IS NOT NULL AND news_id IS NULL)
        OR (kind = 'NEWS' AND news_id IS NOT NULL AND event_id IS NULL))
);
CREATE INDEX feature_current ON feature (kind, starts_at DESC);

-- The network's topic vocabulary (managed by administrators), with an optional yearly observance
-- window (Mental Health Month: May 1 – May 31), and the topics events and series are tagged with.

CREATE TABLE topic (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                    VARCHAR(80)  NOT NULL,
    name                    VARCHAR(120) NOT NULL,
    description             TEXT,
    observance_name         VARCHAR(120),
    observance_start_month  SMALLINT CHECK (observance_start_month BETWEEN 1 AND 12),
    observance_start_day    SMALLINT CHECK (observance_start_day BETWEEN 1 AND 31),
    observance_end_month    SMALLINT CHECK (observance_end_month BETWEEN 1 AND 12),
    observance_end_day      SMALLINT CHECK (observance_end_day BETWEEN 1 AND 31),
    created_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT topic_slug_unique UNIQUE (slug),
    CONSTRAINT topic_observance_complete CHECK (
        (observance_start_month IS NULL) = (observance_end_month IS NULL)
        AND (observance_start_month IS NULL) = (observance_start_day IS NULL)
        AND (observance_end_month IS NULL) = (observance_end_day IS NULL))
);

CREATE TABLE event_topic (
    event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, topic_id)
);
CREATE INDEX event_topic_topic ON event_topic (topic_id, event_id);

CREATE TABLE series_topic (
    series_id BIGINT NOT NULL REFERENCES event_series (id) ON DELETE CASCADE,
    topic_id  BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (series_id, topic_id)
);
CREATE INDEX series_topic_topic ON series_topic (topic_id, series_id);

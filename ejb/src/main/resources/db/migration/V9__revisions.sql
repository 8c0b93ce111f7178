-- Every save of an event, series, resource or news item keeps a revision: who, when, and the
-- editor's form as it was saved (JSON), so an earlier one can be viewed and restored.

CREATE TABLE revision (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    item_type        VARCHAR(10)  NOT NULL CHECK (item_type IN ('EVENT', 'SERIES', 'RESOURCE', 'NEWS')),
    item_id          BIGINT       NOT NULL,
    number           INTEGER      NOT NULL,
    author           VARCHAR(254) NOT NULL,
    note             VARCHAR(200),
    snapshot         TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT revision_number_unique UNIQUE (item_type, item_id, number)
);
CREATE INDEX revision_item ON revision (item_type, item_id, number DESC);

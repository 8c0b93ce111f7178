-- Each collaborative's curated resource library, organised in themes and sub-themes its editors
-- define and order. A resource is a link or an uploaded document, tagged with topics.

CREATE TABLE resource_theme (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    parent_id        BIGINT       REFERENCES resource_theme (id) ON DELETE CASCADE,
    name             VARCHAR(160) NOT NULL,
    position         INTEGER      NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX resource_theme_collaborative ON resource_theme (collaborative_id, position);

CREATE TABLE resource (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    theme_id         BIGINT       REFERENCES resource_theme (id) ON DELETE SET NULL,
    title            VARCHAR(250) NOT NULL,
    summary          TEXT,
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('APP', 'BLOG', 'PODCAST', 'VIDEO',
                         'DOCUMENT', 'HOTLINE', 'TOOLKIT', 'WEBSITE', 'PLAYBOOK')),
    url              VARCHAR(500),
    file_name        VARCHAR(200),
    file_type        VARCHAR(10),
    size_bytes       BIGINT,
    sha256           VARCHAR(64),
    content          BYTEA,
    audience         VARCHAR(200),
    position         INTEGER      NOT NULL DEFAULT 0,
    published_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT resource_link_or_file CHECK (url IS NOT NULL OR content IS NOT NULL)
);
CREATE INDEX resource_collaborative ON resource (collaborative_id, theme_id, position);

CREATE TABLE resource_topic (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    topic_id    BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (resource_id, topic_id)
);
CREATE INDEX resource_topic_topic ON resource_topic (topic_id, resource_id);

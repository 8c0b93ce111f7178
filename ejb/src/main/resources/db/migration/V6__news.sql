-- Members' news: posts and press releases (sanitised rich text) or short items pointing to an
-- external page, with the date they are about; draft until published_at (which may be future).

CREATE TABLE news_item (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    slug             VARCHAR(120) NOT NULL,
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('POST', 'PRESS_RELEASE', 'LINK')),
    title            VARCHAR(250) NOT NULL,
    summary          TEXT,
    body             TEXT,
    external_url     VARCHAR(500),
    dated            DATE         NOT NULL,
    published_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT news_slug_unique UNIQUE (collaborative_id, slug),
    CONSTRAINT news_link_has_address CHECK (kind <> 'LINK' OR external_url IS NOT NULL)
);
CREATE INDEX news_published ON news_item (published_at DESC);
CREATE INDEX news_collaborative ON news_item (collaborative_id, dated DESC);

CREATE TABLE news_topic (
    news_id  BIGINT NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (news_id, topic_id)
);
CREATE INDEX news_topic_topic ON news_topic (topic_id, news_id);

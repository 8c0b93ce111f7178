-- Observance campaigns ("Mental Health Month 2027", May 1-31, on the topic Mental health of
-- healthcare workers, with a call to action): administrators create one for a period; members
-- join it from their workspace and choose which of their own items to put in it. The campaign's
-- page reads those items live from their own tables (no copies), so a draft, a retitled or a
-- deleted item shows as it is now.
CREATE TABLE campaign (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            VARCHAR(120) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    summary         TEXT,
    call_to_action  VARCHAR(300),
    action_url      VARCHAR(500),
    topic_id        BIGINT REFERENCES topic (id) ON DELETE SET NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    published_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_period CHECK (ends_on >= starts_on)
);
CREATE INDEX campaign_period ON campaign (ends_on, starts_on);

CREATE TABLE campaign_member (
    campaign_id      BIGINT      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    joined_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (campaign_id, collaborative_id)
);
CREATE INDEX campaign_member_collaborative ON campaign_member (collaborative_id);

-- A member's item in a campaign; leaving the campaign takes its items out.
CREATE TABLE campaign_item (
    campaign_id      BIGINT      NOT NULL,
    collaborative_id BIGINT      NOT NULL,
    item_type        VARCHAR(10) NOT NULL
        CHECK (item_type IN ('EVENT', 'SERIES', 'NEWS', 'RESOURCE', 'PRACTICE')),
    item_id          BIGINT      NOT NULL,
    added_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (campaign_id, item_type, item_id),
    FOREIGN KEY (campaign_id, collaborative_id)
        REFERENCES campaign_member (campaign_id, collaborative_id) ON DELETE CASCADE
);

-- Things that belong together, linked.
--
-- An event of one collaborative can be presented or co-hosted by another (the seed's May 4, 2020
-- webinar: ICSI presented it within NRHI's series). The owner says so; the event then shows in
-- the partner's space too, and stays the owner's to edit.
CREATE TABLE event_partner (
    event_id         BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    role             VARCHAR(12) NOT NULL CHECK (role IN ('PRESENTER', 'CO_HOST')),
    PRIMARY KEY (event_id, collaborative_id)
);
CREATE INDEX event_partner_collaborative ON event_partner (collaborative_id, event_id);

-- "Related" links an editor sets from one of its collaborative's items to any item of the
-- network (a press release to the series it reports on, a series to its playbook and to the
-- follow-up series), shown on both items' pages, each side only while the other is public.
CREATE TABLE related_link (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    from_type        VARCHAR(10) NOT NULL
        CHECK (from_type IN ('EVENT', 'SERIES', 'NEWS', 'RESOURCE', 'PRACTICE')),
    from_id          BIGINT      NOT NULL,
    to_type          VARCHAR(10) NOT NULL
        CHECK (to_type IN ('EVENT', 'SERIES', 'NEWS', 'RESOURCE', 'PRACTICE')),
    to_id            BIGINT      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT related_link_once UNIQUE (from_type, from_id, to_type, to_id),
    CONSTRAINT related_link_not_itself CHECK ((from_type, from_id) <> (to_type, to_id))
);
CREATE INDEX related_link_to ON related_link (to_type, to_id);

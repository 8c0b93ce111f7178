-- Webinar series, events (sessions), presenters, materials, registrations and the mail outbox.

CREATE TABLE presenter (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    name             VARCHAR(160) NOT NULL,
    credentials      VARCHAR(80),
    role             VARCHAR(160),
    affiliation      VARCHAR(200),
    bio              TEXT,
    photo            BYTEA,
    photo_format     VARCHAR(10),
    photo_sha256     VARCHAR(64),
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX presenter_collaborative ON presenter (collaborative_id, name);

CREATE TABLE event_series (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id  BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    slug              VARCHAR(80)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    description       TEXT,
    cadence           VARCHAR(120),
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'CONCLUDED')),
    outputs_label     VARCHAR(160),
    outputs_url       VARCHAR(500),
    participant_total INTEGER      CHECK (participant_total >= 0),
    published_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT event_series_slug_unique UNIQUE (collaborative_id, slug)
);

CREATE TABLE event (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id   BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    series_id          BIGINT       REFERENCES event_series (id) ON DELETE SET NULL,
    slug               VARCHAR(120) NOT NULL,
    title              VARCHAR(200) NOT NULL,
    abstract           TEXT,
    starts_at          TIMESTAMPTZ  NOT NULL,
    ends_at            TIMESTAMPTZ  NOT NULL,
    zone_id            VARCHAR(60)  NOT NULL,
    format             VARCHAR(20)  NOT NULL CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
    join_url           VARCHAR(500),
    location           VARCHAR(300),
    capacity           INTEGER      CHECK (capacity > 0),
    registration_open  BOOLEAN      NOT NULL DEFAULT TRUE,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED', 'COMPLETED')),
    discussion_topics  TEXT,
    key_findings       TEXT,
    recording_url      VARCHAR(500),
    call_report        TEXT,
    attendance         INTEGER      CHECK (attendance >= 0),
    published_at       TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT event_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX event_collaborative_start ON event (collaborative_id, starts_at);
CREATE INDEX event_start ON event (starts_at);
CREATE INDEX event_series_start ON event (series_id, starts_at);

CREATE TABLE event_presenter (
    event_id     BIGINT  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    presenter_id BIGINT  NOT NULL REFERENCES presenter (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, presenter_id)
);

CREATE TABLE material (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    event_id         BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    title            VARCHAR(200) NOT NULL,
    url              VARCHAR(500),
    file_name        VARCHAR(200),
    file_type        VARCHAR(10),
    size_bytes       BIGINT,
    sha256           VARCHAR(64),
    content          BYTEA,
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT material_link_or_file CHECK ((url IS NULL) <> (content IS NULL))
);
CREATE INDEX material_event ON material (event_id, id);

-- One row per (event, e-mail). Seats are handed out under a row lock on the event, so exactly
-- `capacity` rows are ever CONFIRMED; the waitlist order is (requested_at, id).
CREATE TABLE registration (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id  BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    event_id          BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    name              VARCHAR(160) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    organization      VARCHAR(200),
    profession        VARCHAR(120),
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    cancel_token_sha256 VARCHAR(64) NOT NULL,
    attended          BOOLEAN      NOT NULL DEFAULT FALSE,
    requested_at      TIMESTAMPTZ  NOT NULL,
    confirmed_at      TIMESTAMPTZ,
    cancelled_at      TIMESTAMPTZ,
    reminder_sent_at  TIMESTAMPTZ,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT registration_email_is_lower_case CHECK (email = lower(email)),
    CONSTRAINT registration_once_per_event UNIQUE (event_id, email)
);
CREATE UNIQUE INDEX registration_cancel_token ON registration (cancel_token_sha256);
CREATE INDEX registration_event_status ON registration (event_id, status, requested_at, id);

-- Mail is written here in the transaction that decides to send it and delivered afterwards,
-- so a confirmation is never lost to a crash and never sent for a change that rolled back.
CREATE TABLE mail_outbox (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient     VARCHAR(254) NOT NULL,
    subject       VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL,
    calendar      TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    claimed_until TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    sent_at       TIMESTAMPTZ,
    last_error    VARCHAR(500)
);
CREATE INDEX mail_outbox_pending ON mail_outbox (id) WHERE sent_at IS NULL;

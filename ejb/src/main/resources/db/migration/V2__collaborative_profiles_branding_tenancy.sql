-- Collaboratives as tenants: full profile, branding, host names, status, slug history, logos.

ALTER TABLE collaborative
    ADD COLUMN about                VARCHAR(20000),
    ADD COLUMN founded_year         INTEGER CHECK (founded_year BETWEEN 1800 AND 2100),
    ADD COLUMN member_organisations INTEGER CHECK (member_organisations >= 0),
    ADD COLUMN clinicians           INTEGER CHECK (clinicians >= 0),
    ADD COLUMN contact_email        VARCHAR(254),
    ADD COLUMN logo_sha256          VARCHAR(64),
    ADD COLUMN logo_format          VARCHAR(10),
    ADD COLUMN primary_colour       VARCHAR(7)  NOT NULL DEFAULT '#12355b' CHECK (primary_colour ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN accent_colour        VARCHAR(7)  NOT NULL DEFAULT '#0b6e69' CHECK (accent_colour ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN host_name            VARCHAR(253),
    ADD COLUMN status               VARCHAR(20) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    ADD CONSTRAINT collaborative_host_name_unique UNIQUE (host_name);

-- The directory and the home page list active collaboratives by name, a page at a time.
CREATE INDEX collaborative_active_name ON collaborative (lower(name)) WHERE status = 'ACTIVE';

CREATE TABLE collaborative_state (
    collaborative_id BIGINT     NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    state            VARCHAR(2) NOT NULL,
    PRIMARY KEY (collaborative_id, state)
);
CREATE INDEX collaborative_state_by_state ON collaborative_state (state);

CREATE TABLE collaborative_social_link (
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    network          VARCHAR(20)  NOT NULL,
    url              VARCHAR(500) NOT NULL,
    PRIMARY KEY (collaborative_id, position)
);

CREATE TABLE collaborative_partner (
    collaborative_id BIGINT       NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    name             VARCHAR(200) NOT NULL,
    PRIMARY KEY (collaborative_id, position)
);

-- Old slugs keep working: /c/{old}/... redirects permanently to the new slug.
CREATE TABLE slug_redirect (
    old_slug         VARCHAR(60) PRIMARY KEY,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ NOT NULL
);

-- Logos: tenant-owned, bytes kept apart from the profile.
CREATE TABLE logo (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    format           VARCHAR(10) NOT NULL CHECK (format IN ('PNG', 'JPEG', 'WEBP')),
    sha256           VARCHAR(64) NOT NULL,
    content          BYTEA       NOT NULL CHECK (octet_length(content) <= 2097152),
    uploaded_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT logo_unique_per_collaborative UNIQUE (collaborative_id, sha256)
);

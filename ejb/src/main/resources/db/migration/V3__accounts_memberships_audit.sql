-- Accounts, editor memberships, password resets, sign-in throttling, audit log.

CREATE TABLE account (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    administrator  BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    created_at     TIMESTAMPTZ  NOT NULL,
    last_login_at  TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_is_lower_case CHECK (email = lower(email))
);
CREATE UNIQUE INDEX account_email_unique ON account (email);

CREATE TABLE membership (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id       BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    collaborative_id BIGINT      NOT NULL REFERENCES collaborative (id) ON DELETE CASCADE,
    role             VARCHAR(20) NOT NULL DEFAULT 'EDITOR' CHECK (role IN ('EDITOR')),
    created_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT membership_unique UNIQUE (account_id, collaborative_id)
);

-- Only a hash of the token is stored: the link in the e-mail is the only copy of the token.
CREATE TABLE password_reset (
    token_sha256 VARCHAR(64) PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

-- Failed sign-ins per e-mail address, whether or not an account has it.
CREATE TABLE login_throttle (
    email         VARCHAR(254) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    locked_until  TIMESTAMPTZ
);

CREATE TABLE audit_entry (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                 TIMESTAMPTZ   NOT NULL,
    actor              VARCHAR(254)  NOT NULL,
    collaborative_slug VARCHAR(60),
    action             VARCHAR(60)   NOT NULL,
    summary            VARCHAR(4000) NOT NULL
);
CREATE INDEX audit_entry_recent ON audit_entry (at DESC);

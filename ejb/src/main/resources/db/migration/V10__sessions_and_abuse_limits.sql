-- A completed password reset ends every session signed in before it.
ALTER TABLE account ADD COLUMN sessions_valid_from TIMESTAMPTZ;

-- Requests counted per (limit, client or address) in fixed windows, shared by every instance.
-- Only a hash of the key is kept: client addresses and e-mail addresses are personal data.
CREATE TABLE rate_limit (
    bucket      VARCHAR(40)  NOT NULL,
    key_sha256  VARCHAR(64)  NOT NULL,
    hits        INTEGER      NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (bucket, key_sha256)
);
CREATE INDEX rate_limit_expires ON rate_limit (expires_at);

-- Every cancel link a registration was ever sent keeps working until it is cancelled: sending a
-- new link (signing up again, being promoted) never retires an earlier one.
CREATE TABLE registration_token (
    token_sha256     VARCHAR(64) PRIMARY KEY,
    registration_id  BIGINT      NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX registration_token_registration ON registration_token (registration_id);

-- When the registration's details were last mailed: signing up again re-sends them at most once
-- per interval.
ALTER TABLE registration ADD COLUMN details_mailed_at TIMESTAMPTZ;
